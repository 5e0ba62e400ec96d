import Settings

extension RetryPolicy {
    /// Mirakl's own retry settings.
    init(_ mirakl: Settings.Mirakl) {
        self.init(
            attempts: mirakl.retryAttempts, baseDelaySeconds: mirakl.retryBaseDelaySeconds,
            maxDelaySeconds: mirakl.retryMaxDelaySeconds)
    }
}
