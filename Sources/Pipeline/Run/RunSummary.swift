/// What one run did, for its one-line summary, its exit code and the ledger.
package struct RunSummary: Sendable, Equatable {
    package var filesTaken = 0
    package var filesDuplicate = 0
    package var filesQuarantined = 0
    package var ordersAccepted = 0
    package var ordersRejected = 0
    package var ordersSkipped = 0
    package var ordersAlreadyPosted = 0
    package var ordersPosted = 0
    package var ordersFailed = 0
    package var ordersTracked = 0
    /// Orders Mirakl cancelled or refused after their shipment was booked: a person must stop the parcel.
    package var ordersCancelledAfterBooking = 0
    /// Orders fetched from Mirakl into the inbox.
    package var ordersFetched = 0
    /// Orders whose shipment Mirakl accepted (OR24, or found shipped already).
    package var ordersConfirmed = 0
    /// Orders Mirakl refused to take tracking or a confirmation for (`FAILED_PUSH`).
    package var ordersPushFailed = 0
    /// Why Mirakl could not be fetched from or pushed to in full (refused key, outage, budget spent); the work
    /// waits for the next run.
    package var miraklProblems: [String] = []
    /// Each carrier called in the run: the calls at once its adaptive limit ended at, and how often it was halved.
    package var callLimits: [String: String] = [:]
    /// Carriers that could not be used, with the reason (their orders stay queued).
    package var unavailableCarriers: [String: String] = [:]
    /// Carriers whose handover call (OnTime's `entregaRecogidas`) failed, with the error; it is tried again next run.
    package var failedHandovers: [String: String] = [:]
    package var elapsedSeconds = 0.0

    package init(elapsedSeconds: Double = 0) {
        self.elapsedSeconds = elapsedSeconds
    }

    /// Adds what `other` (a part of the same run) counted.
    package mutating func add(_ other: RunSummary) {
        filesTaken += other.filesTaken
        filesDuplicate += other.filesDuplicate
        filesQuarantined += other.filesQuarantined
        ordersAccepted += other.ordersAccepted
        ordersRejected += other.ordersRejected
        ordersSkipped += other.ordersSkipped
        ordersAlreadyPosted += other.ordersAlreadyPosted
        ordersPosted += other.ordersPosted
        ordersFailed += other.ordersFailed
        ordersTracked += other.ordersTracked
        ordersCancelledAfterBooking += other.ordersCancelledAfterBooking
        ordersFetched += other.ordersFetched
        ordersConfirmed += other.ordersConfirmed
        ordersPushFailed += other.ordersPushFailed
        miraklProblems += other.miraklProblems
        callLimits.merge(other.callLimits) { _, latest in latest }
        unavailableCarriers.merge(other.unavailableCarriers) { mine, _ in mine }
        failedHandovers.merge(other.failedHandovers) { mine, _ in mine }
    }

    /// The exit code (docs/reference/exit-codes.md): 0 all done; 1 done, but some orders were rejected or failed,
    /// a file was quarantined, a carrier could not be used or handed its shipments, an order was cancelled after
    /// booking, or Mirakl could not be fetched from or pushed to in full.
    package var exitCode: Int32 {
        ordersRejected > 0 || ordersFailed > 0 || filesQuarantined > 0 || !unavailableCarriers.isEmpty
            || !failedHandovers.isEmpty || ordersCancelledAfterBooking > 0 || ordersPushFailed > 0
            || !miraklProblems.isEmpty ? 1 : 0
    }

    package var line: String {
        var parts = [
            "\(filesTaken) file(s)",
            "\(ordersAccepted) accepted",
            "\(ordersPosted) posted",
            "\(ordersTracked) tracked",
            "\(ordersRejected) rejected",
            "\(ordersSkipped) skipped",
            "\(ordersAlreadyPosted) already posted",
            "\(ordersFailed) failed",
        ]
        if ordersFetched > 0 { parts.insert("\(ordersFetched) fetched from Mirakl", at: 0) }
        if ordersConfirmed > 0 { parts.append("\(ordersConfirmed) confirmed to Mirakl") }
        if ordersPushFailed > 0 { parts.append("\(ordersPushFailed) refused by Mirakl") }
        if ordersCancelledAfterBooking > 0 {
            parts.append("\(ordersCancelledAfterBooking) cancelled at Mirakl after booking (stop the parcels)")
        }
        if filesDuplicate > 0 { parts.append("\(filesDuplicate) duplicate file(s)") }
        if filesQuarantined > 0 { parts.append("\(filesQuarantined) file(s) quarantined") }
        for (carrier, reason) in unavailableCarriers.sorted(by: { $0.key < $1.key }) {
            parts.append("\(carrier) unavailable: \(reason)")
        }
        for (carrier, error) in failedHandovers.sorted(by: { $0.key < $1.key }) {
            parts.append("\(carrier) handover failed: \(error)")
        }
        parts += miraklProblems
        for (carrier, limit) in callLimits.sorted(by: { $0.key < $1.key }) { parts.append("\(carrier) \(limit)") }
        return parts.joined(separator: ", ") + String(format: " in %.1f s", elapsedSeconds)
    }
}
