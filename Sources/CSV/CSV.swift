// The CSV module; its first types arrive with the core pipeline.
