import AsyncHTTPClient
import Carriers
import Connections
import Foundation
import Logging
import Pipeline
import Settings
import Simulators
import Testing

@testable import OnTime

/// The adapter against the simulator over real loopback HTTP.
@Suite(.serialized) struct OnTimeClientSimulatorTests {
    static let logger = Logger(label: "test.ontime")
    static let demo = OnTimeAccount(
        user: OnTimeSimulator.Options.demoUser, password: OnTimeSimulator.Options.demoPassword,
        client: OnTimeSimulator.Options.demoClient)

    static func shipment(_ reference: String, postalCode: String = "28108") -> ShipmentRequest {
        ShipmentRequest(
            reference: reference, serviceCode: "70",
            sender: Party(name: "Shop", street: "C/ Mayor 1", city: "Madrid", postalCode: "28001", countryCode: "ES"),
            recipient: Party(
                name: "Ana", street: "C/ Destino 2", city: "Alcobendas", postalCode: postalCode, countryCode: "ES"),
            parcelCount: 1, weightKg: 0.5, contents: "Books")
    }

    /// Runs `body` with a started simulator and a client pointed at it, and always shuts both down.
    static func withClient(
        behaviour: SimulatorBehaviour = .init(), account: OnTimeAccount = demo, callTimeout: Duration = .seconds(10),
        _ body: (OnTimeClient, OnTimeSimulator) async throws -> Void
    ) async throws {
        let simulator = try await OnTimeSimulator.start(behaviour: behaviour, logger: logger)
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
        let client = OnTimeClient(
            baseURL: simulator.baseURL, account: account, httpClient: httpClient, callTimeout: callTimeout,
            logger: logger)
        try await closing(httpClient, stopping: simulator.stop) { try await body(client, simulator) }
    }

    @Test func createReturnsTheLabelAndFindByReferenceAdoptsBeforeHandover() async throws {
        try await Self.withClient { client, simulator in
            let created = try await client.createShipment(Self.shipment("ORDER-1"))
            #expect(!created.shipmentNumber.isEmpty && created.shipmentNumber.allSatisfy(\.isNumber))
            #expect(created.trackingNumber == created.shipmentNumber)
            #expect(created.carrierCode == "ontime")
            #expect(try #require(created.label).starts(with: Data("%PDF".utf8)))
            #expect(await simulator.createCount(reference: "ORDER-1") == 1)

            let found = try await client.findShipment(reference: "ORDER-1")
            #expect(found?.shipmentNumber == created.shipmentNumber)
            #expect(found?.label == nil)
            #expect(try await client.findShipment(reference: "NO-SUCH-ORDER") == nil)

            let label = try await client.label(shipmentNumber: created.shipmentNumber)
            #expect(label.starts(with: Data("%PDF".utf8)))
            #expect(await simulator.totalCreates() == 1)
        }
    }

    @Test func trackingIsEmptyUntilHandedOverThenFollowsTheHistory() async throws {
        try await Self.withClient { client, simulator in
            let delivered = try await client.createShipment(Self.shipment("ORDER-D")).shipmentNumber
            let troubled = try await client.createShipment(Self.shipment("ORDER-I")).shipmentNumber
            #expect(
                try await client.trackingEvents(shipmentNumber: delivered).isEmpty, "codigo_error 3 before the handover"
            )

            try await client.handOver(shipmentNumbers: [delivered, troubled])
            #expect(await simulator.isHandedOver(shipmentNumber: delivered))
            let first = try await client.trackingEvents(shipmentNumber: delivered)
            #expect(first.map(\.code) == ["ALTA"], "one event comes as an object")
            #expect(first.map(\.status) == [.inTransit])

            await simulator.setStatus(code: "REPA", text: "En reparto", shipmentNumber: delivered)
            await simulator.setStatus(code: "ENTR", text: "Entregado", shipmentNumber: delivered)
            let history = try await client.trackingEvents(shipmentNumber: delivered)
            #expect(history.map(\.status) == [.inTransit, .outForDelivery, .delivered])
            #expect(history.last?.text == "Entregado")
            #expect(history.allSatisfy { $0.recordedAt != nil })

            await simulator.setStatus(code: "6101", text: "Ausente/cerrado", shipmentNumber: troubled)
            #expect(try await client.trackingEvents(shipmentNumber: troubled).last?.status == .incident)
        }
    }

    @Test func handingOverNothingCallsNothingAndAnUnknownExpeditionIsRefused() async throws {
        try await Self.withClient { client, _ in
            try await client.handOver(shipmentNumbers: [])
            let error = try #require(await carrierError { try await client.handOver(shipmentNumbers: ["999"]) })
            #expect(error.kind == .permanent)
            #expect(error.code == "3")
        }
    }

    @Test func wrongPasswordMakesTheCarrierUnavailableAndIsNeverShown() async throws {
        let wrong = OnTimeAccount(
            user: OnTimeSimulator.Options.demoUser, password: "wrong-pass-123", client: Self.demo.client)
        try await Self.withClient(account: wrong) { client, simulator in
            let error = try #require(await carrierError { _ = try await client.createShipment(Self.shipment("X")) })
            #expect(error.kind == .unavailable)
            #expect(error.code == "HTTP 401")
            #expect(!error.description.contains("wrong-pass-123"))
            #expect(!error.message.contains("wrong-pass-123"))
            #expect(!"\(wrong)".contains("wrong-pass-123"))
            #expect(await simulator.totalCreates() == 0)
        }
    }

    @Test func anotherCentreMakesTheCarrierUnavailable() async throws {
        var other = Self.demo
        other.centre = "02"
        try await Self.withClient(account: other) { client, simulator in
            let error = try #require(await carrierError { _ = try await client.createShipment(Self.shipment("X")) })
            #expect(error.kind == .unavailable)
            #expect(error.code == "4")
            #expect(await simulator.totalCreates() == 0)
        }
    }

    @Test func badPostcodeIsPermanent() async throws {
        try await Self.withClient { client, simulator in
            let error = try #require(
                await carrierError { _ = try await client.createShipment(Self.shipment("X", postalCode: "2810")) })
            #expect(error.kind == .permanent)
            #expect(error.code == "12")
            #expect(error.message == "documentarEnvio: El código postal de destino no es válido")
            #expect(await simulator.totalCreates() == 0)
        }
    }

    @Test func acceptThenDropBooksAndTheLookupAdoptsIt() async throws {
        try await Self.withClient(behaviour: .init(faultRate: 0.5, faults: [.acceptThenDrop])) { client, simulator in
            // Calls 2, 4, … get the fault: spend the first on a lookup that finds nothing.
            #expect(try await client.findShipment(reference: "LOST") == nil)
            let error = try #require(await carrierError { _ = try await client.createShipment(Self.shipment("LOST")) })
            #expect(error.kind == .transient)
            #expect(await simulator.createCount(reference: "LOST") == 1)
            let adopted = try await client.findShipment(reference: "LOST")
            #expect(adopted?.shipmentNumber == (await simulator.shipmentNumbers(reference: "LOST")).first)
        }
    }

    @Test func theSandboxConfiguresOnTimeThroughTheRegistry() async throws {
        let sandbox = try await Sandbox.start(logger: Self.logger)
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
        let (clients, unconfigured, _) = CarrierRegistry.clients(
            environment: sandbox.environment, httpClient: httpClient, settings: Settings(), logger: Self.logger)
        let ontime = try #require(clients["ontime"])
        #expect(unconfigured["ontime"] == nil)
        #expect(ontime.needsHandover, "the pipeline hands OnTime its bookings")
        _ = try await ontime.createShipment(Self.shipment("SANDBOX-1"))
        #expect(await sandbox.totalCreates() == 1)
        #expect(await sandbox.ontime.createCount(reference: "SANDBOX-1") == 1)
        try await httpClient.shutdown()
        await sandbox.stop()
    }
}
