using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Decisions.Mutation.Internal;

namespace Btwc.Operator.Decisions.Mutation;

public static partial class SecretMutationPlanner
{
    /// <summary>
    /// Rejects a target whose controller is another ExternalSecret (any policy) or, for creationPolicy Owner,
    /// any other controller. Both are ESO's terminal failures with its exact messages.
    /// </summary>
    private static SecretMutationPlan? CheckOwnership(SecretMutationInput input)
    {
        var controller = input.Existing?.OwnerReferences.FirstOrDefault(reference => reference.Controller == true);
        if (controller is null)
        {
            return null;
        }

        var name = input.TargetName;
        if (controller.IsExternalSecret && controller.Name != input.ExternalSecret.Name)
        {
            var error = $"unable to mutate secret {name}: secret is owned by another ExternalSecret: {controller.Name}";

            return Failed(ConditionMessages.OwnedByAnotherExternalSecret, error, name);
        }

        if (input.Target.CreationPolicy == CreationPolicy.Owner && !controller.IsExternalSecret)
        {
            var error = $"unable to mutate secret {name}: could not set controller reference on secret:"
                + $" Object {input.ExternalSecret.Namespace}/{name} is already owned by another {controller.Kind} controller {controller.Name}";

            return Failed(ConditionMessages.BecomeOwnerFailed, error, name);
        }

        return null;
    }

    /// <summary>
    /// Sets this ExternalSecret as controller owner for creationPolicy Owner (replacing a reference to the same
    /// group, kind and name, as after a re-creation with a new uid), and removes it for every other policy.
    /// </summary>
    private static void ApplyOwnerReference(SecretMutationInput input, SecretDraft draft)
    {
        var self = new OwnerReferenceInfo(
            EsoMetadata.ExternalSecretApiVersion,
            EsoMetadata.ExternalSecretKind,
            input.ExternalSecret.Name,
            input.ExternalSecret.Uid,
            Controller: true,
            BlockOwnerDeletion: true);

        var index = draft.OwnerReferences.FindIndex(reference => reference.RefersToSameObject(self));
        if (input.Target.CreationPolicy == CreationPolicy.Owner)
        {
            if (index >= 0)
            {
                draft.OwnerReferences[index] = self;
            }
            else
            {
                draft.OwnerReferences.Add(self);
            }

            return;
        }

        if (index >= 0 && draft.OwnerReferences[index].Controller == true)
        {
            draft.OwnerReferences.RemoveAt(index);
        }
    }
}
