import Carriers
import Foundation

/// The fields of `WebServService___GrabaEnvio24` for one shipment, in the order of TIPSA's example.
enum GrabaEnvio24Fields {
    static func fields(
        for request: ShipmentRequest, credentials: TipsaCredentials, date: Date
    ) -> [(name: String, value: String)] {
        let sender = request.sender
        let recipient = request.recipient
        return [
            ("strCodAgeCargo", credentials.agency),
            ("strCodAgeOri", credentials.agency),
            ("dtFecha", TipsaDates.requestDate(date)),
            ("strCodTipoServ", request.serviceCode),
            ("strCodCli", credentials.client),
            ("strNomOri", sender.name),
            ("strDirOri", sender.street),
            ("strPobOri", sender.city),
            ("strCPOri", tipsaPostalCode(sender.postalCode, country: sender.countryCode)),
            ("strTlfOri", sender.phone),
            ("strNomDes", recipient.name),
            ("strDirDes", recipient.street),
            ("strPobDes", recipient.city),
            ("strCPDes", tipsaPostalCode(recipient.postalCode, country: recipient.countryCode)),
            ("strCodPais", recipient.countryCode.uppercased()),
            ("strTlfDes", recipient.phone),
            ("strPersContacto", recipient.contactPerson),
            ("strDesDirEmails", recipient.email),
            ("intPaq", String(max(1, request.parcelCount))),
            ("dPesoOri", DecimalText.text(request.weightKg)),
            ("strRef", request.reference),
            ("strObs", request.notes),
            ("boInsert", "true"),
            ("strContenido", request.contents),
        ]
    }

    /// TIPSA keys Portuguese postcodes as `6` + the first four digits ("3750-031" → "63750").
    static func tipsaPostalCode(_ postalCode: String, country: String) -> String {
        let trimmed = postalCode.trimmingCharacters(in: .whitespaces)
        guard country.uppercased() == "PT" else { return trimmed }
        let digits = trimmed.filter(\.isASCII).filter(\.isNumber)
        guard digits.count >= 4 else { return trimmed }
        return "6" + digits.prefix(4)
    }
}
