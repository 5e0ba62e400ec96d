import AsyncHTTPClient
import Carriers
import Foundation
import Logging
import OrchestratorTesting
import RemoteCalls
import Simulators
import Testing

@testable import TIPSA

/// The adapter against the simulator over real loopback HTTP.
@Suite(.serialized) struct TIPSAClientSimulatorTests {
    static let logger = Logger(label: "test.tipsa")
    static let demo = TipsaCredentials(
        agency: TipsaSimulator.Options.demoAgency, client: TipsaSimulator.Options.demoClient,
        password: TipsaSimulator.Options.demoPassword)

    static func shipment(_ reference: String, senderPostalCode: String = "28830") -> ShipmentRequest {
        ShipmentRequest(
            reference: reference, serviceCode: "48",
            sender: Party(
                name: "Shop", street: "C/ Mayor 1", city: "Madrid", postalCode: senderPostalCode, countryCode: "ES"),
            recipient: Party(name: "Ana", street: "Rua A 1", city: "Porto", postalCode: "4000-123", countryCode: "PT"),
            parcelCount: 1, weightKg: 2.5, contents: "Books")
    }

    /// Runs `body` with a started simulator and a client pointed at it, and always shuts both down.
    static func withClient(
        options: TipsaSimulator.Options = .init(), behaviour: SimulatorBehaviour = .init(),
        credentials: TipsaCredentials = demo, callTimeout: Duration = .seconds(10),
        _ body: (TipsaClient, TipsaSimulator) async throws -> Void
    ) async throws {
        let simulator = try await TipsaSimulator.start(options: options, behaviour: behaviour, logger: logger)
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
        let client = TipsaClient(
            baseURL: simulator.baseURL, credentials: credentials, httpClient: httpClient, callTimeout: callTimeout,
            logger: logger)
        try await closing(httpClient, stopping: simulator.stop) { try await body(client, simulator) }
    }

    @Test func createLabelAndFindOverOneSession() async throws {
        try await Self.withClient { client, simulator in
            var albaranes: [String] = []
            for index in 1...3 {
                let result = try await client.createShipment(Self.shipment("ORDER-\(index)"))
                #expect(result.shipmentNumber.count == 10 && result.shipmentNumber.allSatisfy(\.isNumber))
                #expect(result.trackingNumber == result.shipmentNumber)
                #expect(result.carrierCode == "tipsa")
                albaranes.append(result.shipmentNumber)
            }
            #expect(Set(albaranes).count == 3)
            #expect(albaranes == albaranes.sorted())
            #expect(await simulator.totalCreates() == 3)
            #expect(await simulator.createCount(reference: "ORDER-2") == 1)
            #expect(await simulator.duplicateReferences().isEmpty)
            #expect(await simulator.sessionsOpened() == 1)

            let label = try await client.label(shipmentNumber: albaranes[0])
            #expect(label.starts(with: Data("%PDF".utf8)))

            let found = try await client.findShipment(reference: "ORDER-2")
            #expect(found?.shipmentNumber == albaranes[1])
            #expect(try await client.findShipment(reference: "NO-SUCH-ORDER") == nil)

            let events = try await client.trackingEvents(shipmentNumber: albaranes[2])
            #expect(events.map(\.status) == [.inTransit])
            #expect(events.first?.recordedAt != nil)
        }
    }

    @Test func wrongPasswordMakesTheCarrierUnavailable() async throws {
        let wrong = TipsaCredentials(agency: "000000", client: "33333", password: "wrong-pass-123")
        try await Self.withClient(credentials: wrong) { client, _ in
            let error = try #require(await carrierError { _ = try await client.createShipment(Self.shipment("X")) })
            #expect(error.kind == .unavailable)
            #expect(error.code == "1")
            #expect(!error.description.contains("wrong-pass-123"))
        }
    }

    @Test func missingSenderPostcodeIsPermanent() async throws {
        try await Self.withClient { client, simulator in
            let error = try #require(
                await carrierError { _ = try await client.createShipment(Self.shipment("X", senderPostalCode: "")) })
            #expect(error.kind == .permanent)
            #expect(error.code == "41")
            #expect(error.message == "El código postal origen es nulo o no válido")
            #expect(await simulator.totalCreates() == 0)
        }
    }

    @Test func expiredSessionIsRenewedOnce() async throws {
        let clock = ManualClock()
        let options = TipsaSimulator.Options(sessionLifetime: .seconds(15 * 60), timeline: Timeline(clock))
        try await Self.withClient(options: options) { client, simulator in
            _ = try await client.createShipment(Self.shipment("FIRST"))
            clock.advance(by: .seconds(15 * 60))
            let second = try await client.createShipment(Self.shipment("SECOND"))
            #expect(second.shipmentNumber.count == 10)
            #expect(await simulator.sessionsOpened() == 2)
            #expect(await simulator.createCount(reference: "SECOND") == 1)
        }
    }
}
