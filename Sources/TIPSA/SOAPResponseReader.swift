import Foundation

/// A TIPSA SOAP answer: either the fields of `<Service>___<Method>Response` or a fault.
package struct SOAPResponse: Sendable, Equatable {
    /// The session GUID echoed in `ROClientIDHeader/ID`, when present.
    var sessionID: String?
    /// The response element's local name (`WebServService___GrabaEnvio24Response`); empty for a fault.
    var responseName: String
    /// Text of each child of the response element by local name; CDATA and entity-escaped text alike.
    var fields: [String: String]
    /// The fault, when the server raised one instead of answering.
    var fault: TipsaFault?

    func field(_ name: String) -> String? { fields[name] }
}

/// Reads every TIPSA response the same way, whatever the method.
package enum SOAPResponseReader {
    package static func read(_ data: Data) throws(XMLElementReader.MalformedXML) -> SOAPResponse {
        let elements = try XMLElementReader.read(data)
        guard elements.first?.name == "Envelope" else {
            throw XMLElementReader.MalformedXML(detail: "no SOAP Envelope")
        }
        var response = SOAPResponse(sessionID: nil, responseName: "", fields: [:], fault: nil)
        var bodyDepth: Int?
        var responseDepth: Int?
        var faultCode = ""
        var faultString: String?
        for element in elements {
            switch element.name {
            case "ID" where response.sessionID == nil && bodyDepth == nil:
                let id = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
                response.sessionID = id.isEmpty ? nil : id
            case "Body" where bodyDepth == nil:
                bodyDepth = element.depth
            case "faultcode":
                faultCode = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            case "faultstring":
                faultString = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            default:
                guard let body = bodyDepth, element.name != "Fault" else { continue }
                if element.depth == body + 1, responseDepth == nil {
                    responseDepth = element.depth
                    response.responseName = element.name
                } else if let outer = responseDepth, element.depth == outer + 1 {
                    response.fields[element.name] = element.text
                }
            }
        }
        if let faultString {
            response.fault = TipsaFault(faultCode: faultCode, faultString: faultString)
            response.responseName = ""
        } else if response.responseName.isEmpty {
            throw XMLElementReader.MalformedXML(detail: "SOAP Body holds neither a response nor a fault")
        }
        return response
    }
}
