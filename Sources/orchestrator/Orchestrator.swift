import ArgumentParser

@main
struct Orchestrator: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orchestrator",
        abstract: "Ships Mirakl marketplace orders with Spanish parcel carriers."
    )
}
