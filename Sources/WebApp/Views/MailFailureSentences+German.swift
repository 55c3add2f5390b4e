import Mail

/// Why an e-mail was not delivered, in German.
extension GermanCoordinatorWords {
    func unreadableCertificates(_ path: String) -> String { "die Zertifikate in \(path) können nicht gelesen werden" }
    func relayUnreachable(host: String, port: Int) -> String { "der Mailserver \(host):\(port) ist nicht erreichbar" }
    func connectionFailed(relay: String?) -> String { "die Verbindung zum Mailserver\(relay.map { " " + $0 } ?? "") ist fehlgeschlagen" }
    func connectionBrokeOff(host: String, port: Int) -> String { "die Verbindung zum Mailserver \(host):\(port) ist abgebrochen" }
    func unexpectedAfterSTARTTLS() -> String { "der Mailserver hat nach seiner Zusage zu STARTTLS weitere Daten gesendet; der Verbindung ist nicht zu trauen, es wurde nichts versandt" }
    func noSTARTTLS(host: String) -> String { "der Mailserver \(host) bietet kein STARTTLS an; die Links würden unverschlüsselt übertragen, daher wurde nichts versandt (smtps:// oder einen Mailserver mit TLS verwenden)" }
    func missingPassword(user: String) -> String { "für den Mailserver ist ein Benutzer (\(user)) angegeben, aber kein Passwort: JOINTTRAINING_SMTP_PASSWORD setzen" }
    func refusedStep(_ step: String, reply: String) -> String { "der Mailserver hat \(step) abgelehnt, mit der Antwort „\(reply)“" }
    func smtpStep(_ step: SMTPStep) -> String {
        switch step {
        case .greeting: "die Begrüßung"
        case .hello: "den Befehl EHLO"
        case .startTLS: "den Befehl STARTTLS"
        case .signIn: "die Anmeldung"
        case .sender: "den Absender"
        case .message: "die Nachricht"
        }
    }
    func notAnAddress(_ address: String) -> String { "„\(address)“ ist keine Adresse, an die E-Mails gesendet werden können" }
    func refusedRecipient(_ address: String, reply: String) -> String { "der Mailserver hat \(address) abgelehnt, mit der Antwort „\(reply)“" }
    func connectionClosed(reply: String?) -> String { "der Mailserver hat die Verbindung geschlossen" + (reply.map { ", nach der Antwort „\($0)“" } ?? "") }
}
