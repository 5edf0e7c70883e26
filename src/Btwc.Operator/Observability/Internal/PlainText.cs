using Microsoft.AspNetCore.Http;

namespace Btwc.Operator.Observability.Internal;

/// <summary>Writes the short plain-text responses of the endpoints.</summary>
internal static class PlainText
{
    public const string ContentType = "text/plain; charset=utf-8";

    public static Task WriteAsync(HttpContext context, int statusCode, string body, string contentType = ContentType)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";

        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : context.Response.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Writes 405 for a method other than GET or HEAD and returns true; returns false for GET and HEAD.</summary>
    public static bool RejectMethod(HttpContext context, out Task response)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            response = Task.CompletedTask;

            return false;
        }

        context.Response.Headers.Allow = "GET, HEAD";
        response = WriteAsync(context, StatusCodes.Status405MethodNotAllowed, $"method {method} is not allowed; use GET\n");

        return true;
    }
}
