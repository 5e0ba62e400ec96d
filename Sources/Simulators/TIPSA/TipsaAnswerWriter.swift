import Carriers
import Foundation

/// Answers shaped like TIPSA's official examples: same envelope namespaces, `v1:` prefix, header echo.
enum TipsaAnswerWriter {
    enum Value {
        case text(String)
        case cdata(String)
    }

    static func answer(operation: String, sessionID: String, fields: [(String, Value)]) -> String {
        var body = ""
        for (name, value) in fields {
            switch value {
            case .text(let text) where text.isEmpty: body += "         <v1:\(name)/>\n"
            case .text(let text): body += "         <v1:\(name)>\(XMLText.escaped(text))</v1:\(name)>\n"
            case .cdata(let text):
                let safe = text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>")
                body += "         <v1:\(name)><![CDATA[\(safe)]]></v1:\(name)>\n"
            }
        }
        return envelope(
            sessionID: sessionID,
            body: "      <v1:\(operation)Response>\n\(body)      </v1:\(operation)Response>\n")
    }

    static func fault(_ faultString: String, sessionID: String) -> String {
        envelope(
            sessionID: sessionID,
            body: """
                      <SOAP-ENV:Fault>
                         <faultcode>Exception</faultcode>
                         <faultstring>\(XMLText.escaped(faultString))</faultstring>
                      </SOAP-ENV:Fault>

                """)
    }

    private static func envelope(sessionID: String, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <SOAP-ENV:Envelope xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:HNS="http://tempuri.org/" xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v1="http://tempuri.org/">
           <SOAP-ENV:Header>
              <ROClientIDHeader SOAP-ENV:mustUnderstand="0" xmlns="urn:DinaPaq">
                 <ID>\(XMLText.escaped(sessionID))</ID>
              </ROClientIDHeader>
           </SOAP-ENV:Header>
           <SOAP-ENV:Body xmlns:ro="http://tempuri.org/">
        \(body)   </SOAP-ENV:Body>
        </SOAP-ENV:Envelope>

        """
    }

    private static let spanishCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Madrid") ?? .gmt
        return calendar
    }()

    /// `MM/DD/YYYY HH:MM:SS` in Spanish time, as inside TIPSA's status XML.
    static func statusTimestamp(_ date: Date) -> String {
        let parts = spanishCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%02d/%02d/%04d %02d:%02d:%02d", parts.month ?? 0, parts.day ?? 0, parts.year ?? 0, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
    }

    /// Today as `yyyy/MM/dd` in Spanish time.
    static func today() -> String {
        let parts = spanishCalendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d/%02d/%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
