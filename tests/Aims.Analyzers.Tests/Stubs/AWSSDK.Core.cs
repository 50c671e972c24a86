// STUB, not the real package: mirrors the credential classes of AWSSDK.Core (aws-sdk-net
// sdk/src/Core/Amazon.Runtime/Credentials), which the Bedrock runtime client takes. The real package does not restore here.
#nullable enable

namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }

    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }

    public class SessionAWSCredentials : AWSCredentials
    {
        public SessionAWSCredentials(string awsAccessKeyId, string awsSecretAccessKey, string token) { }
    }
}
