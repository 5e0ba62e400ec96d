import Domain
import Pipeline
import Testing

/// What an order's lines alone make of it: validation's outcome, routed and fitted to the carrier's limits.
@Suite struct IntakeVerdictTests {
    static let router = Router(rules: [RoutingRule(countries: ["ES"], carrier: "tipsa", service: "48")])
    static let limits = ["tipsa": FieldLimits.tipsa]

    static func order(
        id: String = "O-1", country: String = "ES", name: String = "Ana Torres"
    ) throws
        -> ShippableOrder
    {
        let address = Address(
            name: name, street: "Calle Mayor 1", city: "Madrid", postalCode: "28013",
            country: try #require(CountryCode(country)))
        return ShippableOrder(orderID: id, recipient: address, weightKg: 2, itemCount: 1, contents: "")
    }

    static func verdict(_ outcome: ValidationOutcome, limits: [String: FieldLimits] = limits) -> IntakeVerdict {
        IntakeVerdict(outcome, firstLine: 7, router: router, fieldLimits: limits)
    }

    /// The verdict's problem, for the rejections.
    static func problem(_ verdict: IntakeVerdict) -> ValidationProblem? {
        if case .reject(let problems) = verdict { problems.first } else { nil }
    }

    @Test func skippedAndRejectedOrdersStayAsValidationSaid() {
        let problem = ValidationProblem(line: 3, field: "quantity", reason: "is missing")
        if case .skip(let reason) = Self.verdict(.skipped(reason: "not SHIPPING")) {
            #expect(reason == "not SHIPPING")
        } else {
            Issue.record("expected skip")
        }
        #expect(Self.problem(Self.verdict(.rejected([problem]))) == problem)
    }

    @Test func aRoutedOrderIsAcceptedWithItsRoute() throws {
        guard case .accept(let order, _, let route, let cuts) = Self.verdict(.shippable(try Self.order())) else {
            Issue.record("expected accept")
            return
        }
        #expect(route == Route(carrier: "tipsa", service: "48"))
        #expect(order.orderID == "O-1" && cuts.isEmpty)
    }

    @Test func anOrderNoRuleRoutesIsRejectedAtItsFirstLine() throws {
        let problem = Self.problem(Self.verdict(.shippable(try Self.order(country: "FR"))))
        #expect(problem?.line == 7)
        #expect(problem?.reason == "no routing rule matches (country FR, 2.000 kg)")
    }

    @Test func aCarrierThisProgramDoesNotKnowIsARejection() throws {
        let problem = Self.problem(Self.verdict(.shippable(try Self.order()), limits: [:]))
        #expect(problem?.reason == "routing names carrier 'tipsa', which this program does not know")
    }

    @Test func anIdLongerThanTheCarriersReferenceIsRejected() throws {
        let id = String(repeating: "9", count: FieldLimits.tipsa.reference + 1)
        let problem = Self.problem(Self.verdict(.shippable(try Self.order(id: id))))
        #expect(problem?.field == "order_id")
        #expect(problem?.reason.hasPrefix("is longer than the \(FieldLimits.tipsa.reference) characters") == true)
    }

    @Test func aNameLongerThanTheCarrierTakesIsCutAndSaid() throws {
        let name = String(repeating: "A", count: FieldLimits.tipsa.name + 5)
        guard case .accept(let order, _, _, let cuts) = Self.verdict(.shippable(try Self.order(name: name))) else {
            Issue.record("expected accept")
            return
        }
        #expect(order.recipient.name.count == FieldLimits.tipsa.name)
        #expect(cuts.map(\.original) == [FieldLimits.tipsa.name + 5], "\(cuts)")
    }
}
