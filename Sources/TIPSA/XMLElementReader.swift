import Carriers
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One element of a parsed document: its local name (prefix dropped), attributes and direct text.
struct XMLElementRecord: Sendable, Equatable {
    var name: String
    var attributes: [String: String]
    var text: String
    var depth: Int
}

/// Reads a whole XML document into its elements in document order, by local name, with external entities off.
///
/// TIPSA answers with `v1:`, `SOAP-ENV:` or no prefix at all depending on the server and method, so names are
/// matched without their prefix.
package enum XMLElementReader {
    package struct MalformedXML: Error, Sendable {
        var detail: String
    }

    static func read(_ data: Data) throws(MalformedXML) -> [XMLElementRecord] {
        guard let prepared = XMLInput.prepared(data) else {
            throw MalformedXML(detail: "a document type declaration, which no SOAP answer has")
        }
        let parser = XMLParser(data: prepared)
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.shouldProcessNamespaces = false
        let delegate = Delegate()
        parser.delegate = delegate
        guard parser.parse(), delegate.openElements.isEmpty, !delegate.records.isEmpty else {
            let detail = parser.parserError.map { "\($0.localizedDescription)" } ?? "not a complete XML document"
            throw MalformedXML(detail: detail)
        }
        return delegate.records
    }

    static func localName(_ qualifiedName: String) -> String {
        guard let colon = qualifiedName.lastIndex(of: ":") else { return qualifiedName }
        return String(qualifiedName[qualifiedName.index(after: colon)...])
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var records: [XMLElementRecord] = []
        /// Indexes into `records` of the elements still open.
        var openElements: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict { attributes[XMLElementReader.localName(key)] = value }
            records.append(
                XMLElementRecord(
                    name: XMLElementReader.localName(elementName), attributes: attributes, text: "",
                    depth: openElements.count))
            openElements.append(records.count - 1)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            _ = openElements.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let index = openElements.last else { return }
            records[index].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            guard let index = openElements.last else { return }
            records[index].text += String(decoding: block, as: UTF8.self)
        }
    }
}
