// The Pipeline module; its first types arrive with the core pipeline.
