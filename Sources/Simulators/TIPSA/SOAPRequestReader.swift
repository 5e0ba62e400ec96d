import Carriers
import Domain
import Foundation
import Strings

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A SOAP request as the simulator sees it: the operation element, the session header and the body fields.
struct SOAPRequest: Sendable, Equatable {
    /// Local name of the Body's first child (`WebServService___GrabaEnvio24`).
    var operation: String
    /// `ROClientIDHeader/ID`, empty when absent.
    var sessionID: String
    /// Text of each child of the operation element, by local name.
    var fields: [String: String]

    func field(_ name: String) -> String {
        (fields[name] ?? "").trimmed
    }
}

/// Reads requests leniently, as TIPSA does: any prefixes, any namespaces, no external entities.
enum SOAPRequestReader {
    static func read(_ data: Data) -> SOAPRequest? {
        guard let prepared = XMLInput.prepared(data) else { return nil }
        let parser = XMLParser(data: prepared)
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        let delegate = Delegate()
        parser.delegate = delegate
        guard parser.parse(), !delegate.request.operation.isEmpty else { return nil }
        return delegate.request
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var request = SOAPRequest(operation: "", sessionID: "", fields: [:])
        private var path: [String] = []
        private var text = ""

        private static func local(_ name: String) -> String {
            name.split(separator: ":").last.map(String.init) ?? name
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let name = Self.local(elementName)
            if path.count == 2, path[1] == "Body", request.operation.isEmpty { request.operation = name }
            path.append(name)
            text = ""
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            let name = Self.local(elementName)
            if path.count == 4, path[1] == "Body" {
                request.fields[name] = text
            } else if name == "ID", path.count >= 2, path[1] == "Header" {
                request.sessionID = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            _ = path.popLast()
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            text += String(decoding: block, as: UTF8.self)
        }
    }
}
