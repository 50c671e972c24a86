using System;

namespace Aims;

/// <summary>
/// Marks a member as an AI model call in its own right, such as an in-house gateway. Calls to it are AI usage and
/// must be covered by an <see cref="AiSystemAttribute"/>; the SDK calls inside its body are its implementation and
/// are not reported.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
public sealed class AiModelCallAttribute : Attribute
{
}
