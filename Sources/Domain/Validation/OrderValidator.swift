import Foundation

/// Checks the lines of one order and turns them into a `ShippableOrder`, or says why not
/// (docs/reference/input-formats.md).
package struct OrderValidator: Sendable {
    /// The Mirakl order state that means "paid, ship it".
    package static let shippableState = "SHIPPING"
    /// Mirakl order states that mean the customer will not get the order: never posted, and flagged loudly when
    /// Mirakl reports them after the order was booked.
    package static let cancelledStates: Set<String> = ["CANCELED", "CANCELLED", "REFUSED"]
    /// Longest order id accepted; Mirakl's are far shorter.
    package static let maximumOrderIDLength = 64

    package var defaultWeightKg: Double
    /// Weight of one unit of a SKU, for exports without a weight column.
    package var skuWeightsKg: [String: Double]

    package init(defaultWeightKg: Double = 1, skuWeightsKg: [String: Double] = [:]) {
        self.defaultWeightKg = defaultWeightKg
        self.skuWeightsKg = skuWeightsKg
    }

    /// Validates all lines of one order; `lines` are in source order and share one order id.
    package func validate(_ lines: [OrderLine]) -> ValidationOutcome {
        guard let first = lines.first else {
            return .rejected([ValidationProblem(line: 0, field: "", reason: "order has no lines")])
        }
        if let problem = orderIDProblem(first) { return .rejected([problem]) }
        let conflicts = conflictingValues(lines)
        if !conflicts.isEmpty { return .rejected(conflicts) }

        let state = first[.orderState].uppercased()
        guard !state.isEmpty else {
            return .rejected([problem(first, .orderState, "is missing: the Mirakl order state is required")])
        }
        guard state == Self.shippableState else {
            return .skipped(reason: "Mirakl state \(state) is not shippable (only \(Self.shippableState) is)")
        }

        var problems: [ValidationProblem] = []
        let recipient = address(of: first, problems: &problems)
        var itemCount = 0
        var weightKg = 0.0
        var hasEveryWeight = true
        for line in lines {
            let quantity = self.quantity(of: line, problems: &problems)
            itemCount += quantity
            if let weight = lineWeight(of: line, quantity: quantity, problems: &problems) {
                weightKg += weight
            } else {
                hasEveryWeight = false
            }
        }
        guard problems.isEmpty, let recipient else { return .rejected(problems) }
        let titles = lines.map { $0[.productTitle].isEmpty ? $0[.offerSKU] : $0[.productTitle] }
        return .shippable(
            ShippableOrder(
                orderID: first.orderID,
                recipient: recipient,
                weightKg: hasEveryWeight && weightKg > 0 ? weightKg : defaultWeightKg,
                itemCount: itemCount,
                contents: titles.filter { !$0.isEmpty }.joined(separator: ", "),
                shippingTypeCode: first[.shippingTypeCode],
                shippingZoneCode: first[.shippingZoneCode],
                totalAmount: orderTotal(lines),
                currency: first[.currency]
            ))
    }

    private func orderIDProblem(_ line: OrderLine) -> ValidationProblem? {
        let id = line.orderID
        if id.isEmpty { return problem(line, .orderID, "is missing") }
        // Printable ASCII, the usual id, has neither control characters nor characters of several bytes.
        if id.utf8.count <= Self.maximumOrderIDLength, id.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
        if id.count > Self.maximumOrderIDLength {
            return problem(line, .orderID, "is \(id.count) characters long (at most \(Self.maximumOrderIDLength))")
        }
        if id.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
            return problem(line, .orderID, "holds control characters")
        }
        return nil
    }

    private func conflictingValues(_ lines: [OrderLine]) -> [ValidationProblem] {
        guard let first = lines.first else { return [] }
        var problems: [ValidationProblem] = []
        for field in OrderField.allCases where field.isOrderLevel {
            let expected = first[field]
            if let other = lines.dropFirst().first(where: { $0[field] != expected }) {
                let reason =
                    "differs between lines of the order: line \(first.sourceLine) has '\(expected)', "
                    + "line \(other.sourceLine) has '\(other[field])'"
                problems.append(problem(other, field, reason))
            }
        }
        return problems
    }

    private func address(of line: OrderLine, problems: inout [ValidationProblem]) -> Address? {
        let name = [line[.firstName], line[.lastName]].filter { !$0.isEmpty }.joined(separator: " ")
        let company = line[.company]
        if name.isEmpty && company.isEmpty {
            problems.append(problem(line, .lastName, "is missing: a recipient name or company is required"))
        }
        let street = [line[.street1], line[.street2], line[.additionalInfo]].filter { !$0.isEmpty }
        if line[.street1].isEmpty { problems.append(problem(line, .street1, "is missing")) }
        if line[.city].isEmpty { problems.append(problem(line, .city, "is missing")) }

        let countryText = line[.countryISOCode].isEmpty ? line[.country] : line[.countryISOCode]
        let country = CountryCode(countryText)
        if country == nil {
            let field: OrderField = line[.countryISOCode].isEmpty ? .country : .countryISOCode
            let reason = countryText.isEmpty ? "is missing" : "'\(countryText)' is not a known country"
            problems.append(problem(line, field, reason))
        }
        var postalCode = line[.zipCode]
        if postalCode.isEmpty {
            problems.append(problem(line, .zipCode, "is missing"))
        } else if let country {
            switch PostalCode.normalised(postalCode, country: country) {
            case .success(let normalised): postalCode = normalised
            case .failure(let failure): problems.append(problem(line, .zipCode, failure.reason))
            }
        }
        let phone = PhoneNumber.normalised(line[.phone].isEmpty ? line[.phoneSecondary] : line[.phone])
        guard let country, problems.isEmpty else { return nil }
        return Address(
            name: name.isEmpty ? company : name,
            company: company,
            street: street.joined(separator: ", "),
            city: line[.city],
            postalCode: postalCode,
            country: country,
            phone: phone,
            email: line[.email]
        )
    }

    private func quantity(of line: OrderLine, problems: inout [ValidationProblem]) -> Int {
        let text = line[.quantity]
        guard let quantity = Int(text), quantity > 0 else {
            let reason = text.isEmpty ? "is missing" : "'\(text)' is not a positive whole number"
            problems.append(problem(line, .quantity, reason))
            return 0
        }
        return quantity
    }

    /// The line's weight: its own column, else the SKU table times the quantity, else nil.
    private func lineWeight(of line: OrderLine, quantity: Int, problems: inout [ValidationProblem]) -> Double? {
        let text = line[.weightKg]
        if !text.isEmpty {
            let decimalPoint =
                text.utf8.contains(UInt8(ascii: ",")) ? text.replacingOccurrences(of: ",", with: ".") : text
            guard let weight = Double(decimalPoint), weight >= 0, weight.isFinite
            else {
                problems.append(problem(line, .weightKg, "'\(text)' is not a weight in kg"))
                return nil
            }
            return weight
        }
        return skuWeightsKg[line[.offerSKU]].map { $0 * Double(quantity) }
    }

    /// The lines' amounts added up, or empty when one is missing or not a plain number.
    private func orderTotal(_ lines: [OrderLine]) -> String {
        let amounts = lines.map { Self.amount($0[.totalPrice].isEmpty ? $0[.price] : $0[.totalPrice]) }
        guard !amounts.isEmpty, amounts.allSatisfy({ $0 != nil }) else { return "" }
        let total = amounts.compactMap { $0 }.reduce(Decimal(0), +)
        return "\(total)"
    }

    /// `39.80` or, as a Spanish export writes it, `39,80`; nil for anything else (a thousands mark, a currency sign),
    /// which `Decimal(string:)` alone would cut short at the first character it does not take (`39,80` → 39).
    private static func amount(_ text: String) -> Decimal? {
        guard text.wholeMatch(of: /-?[0-9]+([.,][0-9]+)?/) != nil else { return nil }
        return Decimal(string: text.replacingOccurrences(of: ",", with: "."))
    }

    private func problem(_ line: OrderLine, _ field: OrderField, _ reason: String) -> ValidationProblem {
        ValidationProblem(line: line.sourceLine, field: field.rawValue, reason: reason)
    }
}
