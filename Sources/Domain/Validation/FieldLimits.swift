/// The longest value a carrier accepts in each field of a shipment; longer values are cut, with a warning.
package struct FieldLimits: Sendable, Equatable {
    package var reference: Int
    package var name: Int
    package var street: Int
    package var city: Int
    package var phone: Int
    package var contact: Int
    package var notes: Int

    package init(reference: Int, name: Int, street: Int, city: Int, phone: Int, contact: Int, notes: Int) {
        self.reference = reference
        self.name = name
        self.street = street
        self.city = city
        self.phone = phone
        self.contact = contact
        self.notes = notes
    }

    /// TIPSA's system lengths (strRef 30, strNomDes/strDirDes/strPobDes 60, strTlfDes 15, …:
    /// docs/reference/calls.md).
    package static let tipsa = FieldLimits(
        reference: 30, name: 60, street: 60, city: 60, phone: 15, contact: 60, notes: 250)
}

/// A value that was cut to fit a carrier field.
package struct Truncation: Sendable, Equatable {
    package var field: String
    package var limit: Int
    package var original: Int
}

extension FieldLimits {
    /// `address` with every field cut to these limits, and what was cut.
    package func fit(_ address: Address) -> (Address, [Truncation]) {
        var fitted = address
        var cuts: [Truncation] = []
        func cut(_ value: inout String, _ field: OrderField, _ limit: Int) {
            guard value.count > limit else { return }
            cuts.append(Truncation(field: field.rawValue, limit: limit, original: value.count))
            value = String(value.prefix(limit))
        }
        cut(&fitted.name, .lastName, name)
        cut(&fitted.company, .company, contact)
        cut(&fitted.street, .street1, street)
        cut(&fitted.city, .city, city)
        cut(&fitted.phone, .phone, phone)
        return (fitted, cuts)
    }
}
