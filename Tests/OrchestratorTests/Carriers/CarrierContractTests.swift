import AsyncHTTPClient
import Carriers
import Connections
import Foundation
import Logging
import Pipeline
import RemoteCalls
import Settings
import Simulators
import Testing

/// Every registered adapter against its simulator over loopback: the same fault gets the same classification
/// whichever carrier it comes from, a fault before booking books nothing, and every simulator counts creates.
@Suite(.serialized) struct CarrierContractTests {
    static let logger = Logger(label: "test.carriers")
    static let carriers = ["tipsa", "ontime"]

    /// A request both carriers' simulators accept: Spain to Spain, each carrier's home service.
    static func shipment(_ reference: String, carrier: String) -> ShipmentRequest {
        ShipmentRequest(
            reference: reference, serviceCode: carrier == "tipsa" ? "48" : "70",
            sender: Party(name: "Shop", street: "C/ Mayor 1", city: "Madrid", postalCode: "28001", countryCode: "ES"),
            recipient: Party(
                name: "Ana", street: "C/ Destino 2", city: "Alcobendas", postalCode: "28108", countryCode: "ES"),
            parcelCount: 1, weightKg: 0.5, contents: "Books")
    }

    /// Runs `body` with the carrier's client from the registry, its simulator behaving as `behaviour`, and always shuts
    /// everything down.
    static func withCarrier(
        _ carrier: String, behaviour: SimulatorBehaviour, callTimeout: Duration = .seconds(10),
        _ body: (any CarrierClient, Sandbox) async throws -> Void
    ) async throws {
        let sandbox = try await Sandbox.start(
            tipsa: carrier == "tipsa" ? behaviour : .init(), ontime: carrier == "ontime" ? behaviour : .init(),
            logger: logger)
        let httpClient = HTTPClient(eventLoopGroupProvider: .singleton)
        var settings = Settings()
        settings.posting.callTimeoutSeconds =
            Double(callTimeout.components.seconds)
            + Double(callTimeout.components.attoseconds) / 1e18
        try await closing(httpClient, stopping: sandbox.stop) {
            let clients = CarrierRegistry.clients(
                environment: sandbox.environment, httpClient: httpClient, settings: settings, logger: logger
            ).clients
            try await body(try #require(clients[carrier]), sandbox)
        }
    }

    static let faults: [(SimulatedFault, CallError.Kind)] = [
        (.carrierPermanent, .permanent),
        (.carrierTransient, .transient),
        (.http500, .transient),
        (.http503, .transient),
        (.malformedBody, .transient),
        (.connectionReset, .transient),
    ]

    @Test(arguments: carriers, faults)
    func injectedFaultsAreClassified(carrier: String, fault: (SimulatedFault, CallError.Kind)) async throws {
        try await Self.withCarrier(carrier, behaviour: .init(faultRate: 1, faults: [fault.0])) { client, sandbox in
            let error = try #require(
                await carrierError { _ = try await client.createShipment(Self.shipment("X", carrier: carrier)) })
            #expect(error.kind == fault.1)
            #expect(error.service == carrier)
            #expect(await sandbox.totalCreates() == 0)
        }
    }

    @Test(arguments: carriers)
    func rateLimitCarriesRetryAfter(carrier: String) async throws {
        let behaviour = SimulatorBehaviour(faultRate: 1, faults: [.tooManyRequests(retryAfterSeconds: 7)])
        try await Self.withCarrier(carrier, behaviour: behaviour) { client, sandbox in
            let error = try #require(
                await carrierError { _ = try await client.createShipment(Self.shipment("X", carrier: carrier)) })
            #expect(error.kind == .transient)
            #expect(error.retryAfterSeconds == 7)
            #expect(await sandbox.totalCreates() == 0)
        }
    }

    @Test(arguments: carriers)
    func hangTimesOutWithinTheCallTimeout(carrier: String) async throws {
        let behaviour = SimulatorBehaviour(faultRate: 1, faults: [.hang], hangDuration: .seconds(30))
        try await Self.withCarrier(carrier, behaviour: behaviour, callTimeout: .milliseconds(500)) { client, sandbox in
            let started = ContinuousClock.now
            let error = try #require(
                await carrierError { _ = try await client.createShipment(Self.shipment("X", carrier: carrier)) })
            #expect(error.kind == .transient)
            #expect(error.message.contains("timed out"))
            #expect(ContinuousClock.now - started < .seconds(5))
            #expect(await sandbox.totalCreates() == 0)
        }
    }

    @Test(arguments: carriers)
    func statsEndpointCountsCreatesPerReference(carrier: String) async throws {
        try await Self.withCarrier(carrier, behaviour: .init()) { client, sandbox in
            _ = try await client.createShipment(Self.shipment("A", carrier: carrier))
            _ = try await client.createShipment(Self.shipment("A", carrier: carrier))
            let statsURL = carrier == "tipsa" ? sandbox.tipsa.statsURL : sandbox.ontime.statsURL
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: statsURL), timeout: .seconds(5))
            #expect(response.status.code == 200)
            let data = Data(try await response.body.collect(upTo: 1 << 20).readableBytesView)
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect((json["creates"] as? [String: Int])?["A"] == 2)
            #expect(json["total"] as? Int == 2)
            #expect(await sandbox.duplicateReferences() == ["A"])
        }
    }
}
