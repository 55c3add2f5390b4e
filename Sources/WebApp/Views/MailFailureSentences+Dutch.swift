import Mail

/// Why an e-mail was not delivered, in Dutch.
extension DutchCoordinatorWords {
    func unreadableCertificates(_ path: String) -> String { "de certificaten in \(path) kunnen niet worden gelezen" }
    func relayUnreachable(host: String, port: Int) -> String { "de mailserver \(host):\(port) is niet bereikbaar" }
    func connectionFailed(relay: String?) -> String { "de verbinding met de mailserver\(relay.map { " " + $0 } ?? "") is mislukt" }
    func connectionBrokeOff(host: String, port: Int) -> String { "de verbinding met de mailserver \(host):\(port) is weggevallen" }
    func unexpectedAfterSTARTTLS() -> String { "de mailserver stuurde nog meer na zijn akkoord voor STARTTLS; de verbinding is niet te vertrouwen en er is niets verstuurd" }
    func noSTARTTLS(host: String) -> String { "de mailserver \(host) biedt geen STARTTLS aan; de links zouden onversleuteld verstuurd worden, dus er is niets verstuurd (gebruik smtps:// of een mailserver met TLS)" }
    func missingPassword(user: String) -> String { "voor de mailserver is een gebruiker (\(user)) opgegeven maar geen wachtwoord: stel JOINTTRAINING_SMTP_PASSWORD in" }
    func refusedStep(_ step: String, reply: String) -> String { "de mailserver weigerde \(step) met het antwoord ‘\(reply)’" }
    func smtpStep(_ step: SMTPStep) -> String {
        switch step {
        case .greeting: "de begroeting"
        case .hello: "de opdracht EHLO"
        case .startTLS: "de opdracht STARTTLS"
        case .signIn: "de aanmelding"
        case .sender: "de afzender"
        case .message: "het bericht"
        }
    }
    func notAnAddress(_ address: String) -> String { "‘\(address)’ is geen adres waarnaar e-mail kan worden verstuurd" }
    func refusedRecipient(_ address: String, reply: String) -> String { "de mailserver weigerde \(address) met het antwoord ‘\(reply)’" }
    func connectionClosed(reply: String?) -> String { "de mailserver verbrak de verbinding" + (reply.map { " na het antwoord ‘\($0)’" } ?? "") }
}
