import Mail

/// Why an e-mail was not delivered, in French.
extension FrenchCoordinatorWords {
    func unreadableCertificates(_ path: String) -> String { "les certificats de \(path) ne peuvent pas être lus" }
    func relayUnreachable(host: String, port: Int) -> String { "le relais de messagerie \(host):\(port) est injoignable" }
    func connectionFailed(relay: String?) -> String { "la connexion au relais de messagerie\(relay.map { " " + $0 } ?? "") a échoué" }
    func connectionBrokeOff(host: String, port: Int) -> String { "la connexion au relais de messagerie \(host):\(port) a été interrompue" }
    func unexpectedAfterSTARTTLS() -> String { "le relais de messagerie a envoyé d'autres données après avoir accepté STARTTLS ; la connexion n'est pas fiable et rien n'a été envoyé" }
    func noSTARTTLS(host: String) -> String { "le relais de messagerie \(host) ne propose pas STARTTLS ; les liens circuleraient en clair, rien n'a donc été envoyé (utilisez smtps:// ou un relais avec TLS)" }
    func missingPassword(user: String) -> String { "un utilisateur (\(user)) est indiqué pour le relais de messagerie, mais aucun mot de passe : définissez JOINTTRAINING_SMTP_PASSWORD" }
    func refusedStep(_ step: String, reply: String) -> String { "le relais de messagerie a refusé \(step) avec la réponse « \(reply) »" }
    func smtpStep(_ step: SMTPStep) -> String {
        switch step {
        case .greeting: "l'accueil"
        case .hello: "la commande EHLO"
        case .startTLS: "la commande STARTTLS"
        case .signIn: "l'identification"
        case .sender: "l'expéditeur"
        case .message: "le message"
        }
    }
    func notAnAddress(_ address: String) -> String { "« \(address) » n'est pas une adresse à laquelle un e-mail peut être envoyé" }
    func refusedRecipient(_ address: String, reply: String) -> String { "le relais de messagerie a refusé \(address) avec la réponse « \(reply) »" }
    func connectionClosed(reply: String?) -> String { "le relais de messagerie a fermé la connexion" + (reply.map { " après la réponse « \($0) »" } ?? "") }
}
