import Foundation

/// The XML TIPSA embeds as a string inside some answers (`<CONSULTA><ENV_ESTADOS …/></CONSULTA>`), as CDATA
/// or entity-escaped text: by the time the outer document is parsed both forms are the same string.
enum EmbeddedRows {
    /// The attributes of every `rowName` element; empty for an empty string or an empty `<CONSULTA/>`.
    static func rows(
        named rowName: String, in embedded: String
    ) throws(XMLElementReader.MalformedXML) -> [[String: String]] {
        let trimmed = embedded.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        return try XMLElementReader.read(Data(trimmed.utf8))
            .filter { $0.name == rowName }
            .map(\.attributes)
    }
}
