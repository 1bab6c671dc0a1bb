package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	v2creds "github.com/aws/aws-sdk-go-v2/credentials"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
)

// Vulnerable: SDK v1 static credentials with literal keys.
func legacySession() (*session.Session, error) {
	return session.NewSession(&awsv1.Config{
		Region: awsv1.String("eu-west-1"),
		// ruleid: go.secrets.hardcoded.aws-static-credentials
		Credentials: credentials.NewStaticCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ""),
	})
}

// Vulnerable: SDK v2 static provider.
func loadConfig(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		// ruleid: go.secrets.hardcoded.aws-static-credentials
		config.WithCredentialsProvider(v2creds.NewStaticCredentialsProvider("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "")),
	)
}

// Vulnerable: aws.Credentials literal.
func uploaderCreds() aws.Credentials {
	// ruleid: go.secrets.hardcoded.aws-static-credentials
	return aws.Credentials{AccessKeyID: "AKIAJZ5EXAMPLE7QWERT", SecretAccessKey: "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", Source: "hardcoded"}
}

// Safe: default credential chain (env, shared config, IAM role).
func defaultConfig(ctx context.Context) (aws.Config, error) {
	// ok: go.secrets.hardcoded.aws-static-credentials
	return config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
}

// Safe: static provider fed from the environment.
func fromEnv() aws.CredentialsProvider {
	// ok: go.secrets.hardcoded.aws-static-credentials
	return v2creds.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), "")
}

// Safe: LocalStack dummy credentials for integration tests.
func localstack() *credentials.Credentials {
	// ok: go.secrets.hardcoded.aws-static-credentials
	return credentials.NewStaticCredentials("test", "test", "")
}

func main() {
	_, _ = legacySession()
	_, _ = loadConfig(context.Background())
	_ = uploaderCreds()
	_, _ = defaultConfig(context.Background())
	_ = fromEnv()
	_ = localstack()
}
