using System;

namespace Aims.Manifest.Policy;

/// <summary>A policy file that cannot be read, with the reason in words.</summary>
internal sealed class AiPolicyException(string message) : Exception(message);
