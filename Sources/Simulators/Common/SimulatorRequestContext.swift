import Hummingbird
import NIOCore

/// Hummingbird's basic request context plus the connection, so a simulator can drop it on purpose.
struct SimulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
