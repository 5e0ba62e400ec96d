import Carriers
import Foundation

/// The two Dinapaq services: login lives apart from everything else.
enum TipsaService: String, Sendable {
    case login = "LoginWSService"
    case web = "WebServService"
}

/// One SOAP 1.1 request to TIPSA: `<Service>___<Method>` with its fields, the session header when there is one.
struct SOAPEnvelope: Sendable {
    var service: TipsaService
    var method: String
    /// The session GUID for `ROClientIDHeader/ID`; nil for the login call.
    var sessionID: String?
    /// Field name and value, in the order TIPSA's examples list them.
    ///
    /// Values are escaped on writing.
    var fields: [(name: String, value: String)]

    var elementName: String { "\(service.rawValue)___\(method)" }
    var soapAction: String { "urn:DinaPaq-\(service.rawValue)#\(method)" }

    /// The request body, shaped like TIPSA's own examples (`soapenv` + `tem` prefixes).
    var xml: String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tem="http://tempuri.org/">
            <soapenv:Header><tem:ROClientIDHeader><tem:ID>\(XMLText.escaped(sessionID ?? ""))</tem:ID></tem:ROClientIDHeader></soapenv:Header>
            <soapenv:Body><tem:\(elementName)>
            """
        for field in fields {
            out += "\n<tem:\(field.name)>\(XMLText.escaped(field.value))</tem:\(field.name)>"
        }
        out += "\n</tem:\(elementName)></soapenv:Body>\n</soapenv:Envelope>\n"
        return out
    }
}
