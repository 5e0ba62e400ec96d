/// Postcode rules of the countries the carriers serve at home.
package enum PostalCode {
    /// The postcode in the carrier's canonical form, or the reason it is not valid for `country`.
    package static func normalised(_ text: String, country: CountryCode) -> Result<String, PostalCodeProblem> {
        let compact = text.filter { !$0.isWhitespace }
        switch country.alpha2 {
        case "ES": return spanish(compact)
        case "PT": return portuguese(compact)
        case "AD": return andorran(compact)
        default:
            return compact.isEmpty ? .failure(PostalCodeProblem("is empty")) : .success(compact.uppercased())
        }
    }

    private static func spanish(_ code: String) -> Result<String, PostalCodeProblem> {
        // A spreadsheet that saw a number dropped the leading zero of Barcelona's 08001.
        let padded = code.count == 4 ? "0" + code : code
        guard padded.count == 5, padded.allSatisfy(\.isASCIIDigit) else {
            return .failure(PostalCodeProblem("'\(code)' is not a Spanish postcode (5 digits)"))
        }
        guard let province = Int(padded.prefix(2)), (1...52).contains(province) else {
            return .failure(PostalCodeProblem("'\(code)' has no Spanish province \(padded.prefix(2)) (01–52)"))
        }
        return .success(padded)
    }

    private static func portuguese(_ code: String) -> Result<String, PostalCodeProblem> {
        let digits = code.filter { $0 != "-" }
        let dashes = code.filter { $0 == "-" }.count
        guard digits.count == 7, digits.allSatisfy(\.isASCIIDigit), dashes == 0 || code.dropFirst(4).first == "-",
            dashes <= 1
        else {
            return .failure(PostalCodeProblem("'\(code)' is not a Portuguese postcode (NNNN-NNN)"))
        }
        return .success("\(digits.prefix(4))-\(digits.suffix(3))")
    }

    private static func andorran(_ code: String) -> Result<String, PostalCodeProblem> {
        let upper = code.uppercased()
        let digits = upper.hasPrefix("AD") ? String(upper.dropFirst(2)) : upper
        guard digits.count == 3, digits.allSatisfy(\.isASCIIDigit) else {
            return .failure(PostalCodeProblem("'\(code)' is not an Andorran postcode (AD + 3 digits)"))
        }
        return .success("AD" + digits)
    }
}

/// Why a postcode was refused.
package struct PostalCodeProblem: Error, Equatable, Sendable {
    package let reason: String
    init(_ reason: String) { self.reason = reason }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
