import Domain

/// Which field each column of an export's header holds.
package struct HeaderMap: Sendable, Equatable {
    /// One entry per column: the field it holds, or nil for a column the program does not read.
    package let fields: [OrderField?]

    /// Fields a file must have columns for; each inner list is satisfied by any one of its fields.
    static let requiredColumns: [[OrderField]] = [
        [.orderID], [.orderState], [.quantity], [.street1], [.zipCode], [.city],
        [.countryISOCode, .country], [.firstName, .lastName, .company],
    ]

    /// Maps `header` by canonical names, the built-in aliases and `extraAliases` (field raw name → names).
    ///
    /// When two columns hold the same field, the first one is read.
    package init(header: [String], extraAliases: [String: [String]] = [:]) {
        var lookup: [String: OrderField] = [:]
        for field in OrderField.allCases {
            let names = [field.rawValue] + (HeaderAliases.builtIn[field] ?? []) + (extraAliases[field.rawValue] ?? [])
            for name in names where lookup[HeaderName.normalised(name)] == nil {
                lookup[HeaderName.normalised(name)] = field
            }
        }
        var seen: Set<OrderField> = []
        fields = header.map { name in
            guard let field = lookup[HeaderName.normalised(name)], !seen.contains(field) else { return nil }
            seen.insert(field)
            return field
        }
    }

    /// The required fields no column holds, as people would name them.
    package var missingRequired: [String] {
        let present = Set(fields.compactMap { $0 })
        return Self.requiredColumns.filter { $0.allSatisfy { !present.contains($0) } }
            .map { $0.map(\.rawValue).joined(separator: " or ") }
    }
}
