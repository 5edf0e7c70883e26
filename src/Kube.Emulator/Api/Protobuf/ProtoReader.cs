using System.Text;

namespace Kube.Emulator.Api.Protobuf;

/// <summary>Reads protobuf wire format: tags, varints and length-delimited fields.</summary>
internal struct ProtoReader(ReadOnlyMemory<byte> buffer)
{
    private readonly ReadOnlyMemory<byte> _buffer = buffer;
    private int _position;

    public bool TryReadTag(out int field, out int wire)
    {
        if (_position >= _buffer.Length)
        {
            field = 0;
            wire = 0;
            return false;
        }

        ulong tag = ReadVarint();
        field = (int)(tag >> 3);
        wire = (int)(tag & 7);

        return true;
    }

    public ulong ReadVarint()
    {
        ulong result = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _buffer.Length)
            {
                throw Truncated();
            }

            byte b = _buffer.Span[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw ApiException.BadRequest("the protobuf body is invalid: a varint is longer than 64 bits");
    }

    public ReadOnlyMemory<byte> ReadBytes()
    {
        ulong length = ReadVarint();
        if (length > (ulong)(_buffer.Length - _position))
        {
            throw Truncated();
        }

        ReadOnlyMemory<byte> bytes = _buffer.Slice(_position, (int)length);
        _position += (int)length;

        return bytes;
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadBytes().Span);

    public void Skip(int wire)
    {
        switch (wire)
        {
            case 0: ReadVarint(); break;
            case 1: _position += 8; break;
            case 2: ReadBytes(); break;
            case 5: _position += 4; break;
            default: throw ApiException.BadRequest($"the protobuf body uses the unsupported wire type {wire}");
        }
    }

    private static ApiException Truncated() => ApiException.BadRequest("the protobuf body is truncated");
}
