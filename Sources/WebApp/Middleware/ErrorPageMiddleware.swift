import Foundation
import Hummingbird
import Logging
import SurveyStore
import TrainingModel

/// Turns every refusal and failure into a short page in the visitor's language (from `?lang=`
/// or the browser), keeping the status and headers such as `Retry-After`. A 404 says only that
/// the link is not valid: never whether it was withdrawn, expired or never existed.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return page(for: error.status, headers: error.headers, request: request)
        } catch let error as any HTTPResponseError {
            return page(for: error.status, headers: [:], request: request)
        } catch let error as StoreUnavailable {
            // The database server is restarting or out of reach: nothing was done, try again
            // shortly (the pool reconnects by itself).
            context.logger.warning("database unavailable", metadata: ["error": .string(error.description)])
            return page(for: .serviceUnavailable, headers: [.retryAfter: "5"], request: request)
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(RespondentPath.redacted(request.uri.path)),
                                                              "error": .string(String(describing: error))])
            return page(for: .internalServerError, headers: [:], request: request)
        }
    }

    private func page(for status: HTTPResponse.Status, headers: HTTPFields, request: Request) -> Response {
        let language = VisitorLanguage.of(request)
        let text = UIText.for(language)
        let (heading, message): (String, String) = switch status.code {
        case 400: (text.badRequestTitle, text.badRequestText)
        case 403: (text.forbiddenTitle, text.forbiddenText)
        case 404, 405: (text.notFoundTitle, text.notFoundText)
        case 409: (text.alreadySubmitted, text.readOnly)
        case 413: (text.tooLargeTitle, text.tooLargeText)
        case 429: (text.tooManyTitle, text.tooManyText)
        default: (text.failureTitle, text.failureText)
        }
        // An error page has no questions: its skip link leads to the message.
        let html = pages.render("error", ErrorPage(lang: language.tag, pageTitle: heading, skipText: CoordinatorText.for(language)[.skipToContent],
                                                   heading: heading, message: message))
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: html)))
        for field in headers where field.name != .contentType && field.name != .contentLength {
            response.headers.append(field)
        }
        return response
    }
}
