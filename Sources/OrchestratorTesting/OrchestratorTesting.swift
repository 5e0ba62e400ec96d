// The OrchestratorTesting module; its first types arrive with the core pipeline.
