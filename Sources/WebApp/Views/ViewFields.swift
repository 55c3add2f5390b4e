// The fields the templates read, one table per view model (see `MustacheFields`).

extension SurveyFormView: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView) -> Any?] = [
        "sections": { $0.sections },
        "errorLinks": { $0.errorLinks },
    ]
}

extension SurveyFormView.Section: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.Section) -> Any?] = [
        "anchor": { $0.anchor },
        "title": { $0.title },
        "help": { $0.help },
        "questions": { $0.questions },
    ]
}

extension SurveyFormView.Option: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.Option) -> Any?] = [
        "id": { $0.id },
        "value": { $0.value },
        "label": { $0.label },
        "checked": { $0.checked },
    ]
}

extension SurveyFormView.RankItem: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.RankItem) -> Any?] = [
        "id": { $0.id },
        "name": { $0.name },
        "label": { $0.label },
        "positions": { $0.positions },
    ]
}

extension SurveyFormView.MatrixField: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.MatrixField) -> Any?] = [
        "id": { $0.id },
        "name": { $0.name },
        "label": { $0.label },
        "isSelect": { $0.isSelect },
        "isCheckbox": { $0.isCheckbox },
        "isHidden": { $0.isHidden },
        "isChecked": { !$0.value.isEmpty },
        "options": { $0.options },
        "value": { $0.value },
        "errors": { $0.errors },
        "errorID": { $0.errorID },
        "hasErrors": { $0.hasErrors },
    ]
}

extension SurveyFormView.MatrixRow: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.MatrixRow) -> Any?] = [
        "id": { $0.id },
        "label": { $0.label },
        "fields": { $0.fields },
        "hasErrors": { $0.hasErrors },
        "errors": { $0.errors },
        "errorID": { $0.errorID },
        "hasRowErrors": { !$0.errors.isEmpty },
    ]
}

extension SurveyFormView.ChoiceRow: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.ChoiceRow) -> Any?] = [
        "id": { $0.id },
        "headerID": { $0.headerID },
        "label": { $0.label },
        "options": { $0.options },
        "errors": { $0.errors },
        "errorID": { $0.errorID },
        "hasErrors": { $0.hasErrors },
    ]
}

extension SurveyFormView.ChoiceCell: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.ChoiceCell) -> Any?] = [
        "id": { $0.id },
        "name": { $0.name },
        "value": { $0.value },
        "label": { $0.label },
        "labelledBy": { $0.labelledBy },
        // A Bool, never nil: a missing value would be looked up in the question around it.
        "described": { $0.describedBy != nil },
        "describedBy": { $0.describedBy ?? "" },
        "checked": { $0.checked },
    ]
}

extension SurveyFormView.Column: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.Column) -> Any?] = [
        "id": { $0.id },
        "label": { $0.label },
    ]
}

extension SurveyFormView.QuestionView: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.QuestionView) -> Any?] = [
        "anchor": { $0.anchor },
        "inputID": { $0.inputID },
        "name": { $0.name },
        "label": { $0.label },
        "required": { $0.required },
        "help": { $0.help },
        "helpID": { $0.helpID },
        "conditionNote": { $0.conditionNote },
        "conditionField": { $0.conditionField },
        "conditionValue": { $0.conditionValue },
        "errors": { $0.errors },
        "errorID": { $0.errorID },
        "describedBy": { $0.describedBy },
        "hasErrors": { $0.hasErrors },
        "isFieldset": { $0.isFieldset },
        "isChoice": { $0.isChoice },
        "isMultiple": { $0.isMultiple },
        "isRanking": { $0.isRanking },
        "isMatrix": { $0.isMatrix },
        "isNumber": { $0.isNumber },
        "isShortText": { $0.isShortText },
        "isLongText": { $0.isLongText },
        "isPeriod": { $0.isPeriod },
        "options": { $0.options },
        "rankItems": { $0.rankItems },
        "rows": { $0.rows },
        "rowsHTML": { $0.rowsHTML },
        "isTopicChoice": { $0.isTopicChoice },
        "columns": { $0.columns },
        "choiceRows": { $0.choiceRows },
        "noTopicChosen": { $0.noTopicChosen },
        "value": { $0.value },
        "maxLength": { $0.maxLength },
    ]
}

extension SurveyFormView.ErrorLink: MustacheFields {
    static let fields: [String: @Sendable (SurveyFormView.ErrorLink) -> Any?] = [
        "target": { $0.target },
        "label": { $0.label },
        "message": { $0.message },
    ]
}

extension AnswerCopyView: MustacheFields {
    static let fields: [String: @Sendable (AnswerCopyView) -> Any?] = [
        "sections": { $0.sections },
    ]
}

extension AnswerCopyView.Section: MustacheFields {
    static let fields: [String: @Sendable (AnswerCopyView.Section) -> Any?] = [
        "title": { $0.title },
        "items": { $0.items },
    ]
}

extension AnswerCopyView.Item: MustacheFields {
    static let fields: [String: @Sendable (AnswerCopyView.Item) -> Any?] = [
        "label": { $0.label },
        "answer": { $0.answer },
        "isMatrix": { $0.isMatrix },
        "rows": { $0.rows },
        "headers": { $0.headers },
    ]
}

extension AnswerCopyView.Row: MustacheFields {
    static let fields: [String: @Sendable (AnswerCopyView.Row) -> Any?] = [
        "topic": { $0.topic },
        "cells": { $0.cells },
    ]
}

extension LanguageLink: MustacheFields {
    static let fields: [String: @Sendable (LanguageLink) -> Any?] = [
        "code": { $0.code },
        "name": { $0.name },
        "href": { $0.href },
        "current": { $0.current },
        "asButton": { $0.asButton },
        "saveAction": { $0.saveAction },
    ]
}

extension RespondentFormPage: MustacheFields {
    static let fields: [String: @Sendable (RespondentFormPage) -> Any?] = [
        "lang": { $0.lang },
        "pageTitle": { $0.pageTitle },
        "skipText": { $0.skipText },
        "text": { $0.text },
        "languages": { $0.languages },
        "title": { $0.title },
        "serviceName": { $0.serviceName },
        "intro": { $0.intro },
        "saved": { $0.saved },
        "hasErrors": { $0.hasErrors },
        "csrf": { $0.csrf },
        "submitAction": { $0.submitAction },
        "saveAction": { $0.saveAction },
        "autosaveSeconds": { $0.autosaveSeconds },
        "form": { $0.form },
        "page": { $0.page },
        "stepText": { $0.stepText },
        "steps": { $0.steps },
        "isFirst": { $0.isFirst },
        "isLast": { $0.isLast },
        "errorSummaryText": { $0.errorSummaryText },
    ]
}

extension StepLink: MustacheFields {
    static let fields: [String: @Sendable (StepLink) -> Any?] = [
        "number": { $0.number },
        "title": { $0.title },
        "current": { $0.current },
    ]
}

extension RespondentReceiptPage: MustacheFields {
    static let fields: [String: @Sendable (RespondentReceiptPage) -> Any?] = [
        "lang": { $0.lang },
        "pageTitle": { $0.pageTitle },
        "skipText": { $0.skipText },
        "text": { $0.text },
        "languages": { $0.languages },
        "heading": { $0.heading },
        "serviceName": { $0.serviceName },
        "justSubmitted": { $0.justSubmitted },
        "contribution": { $0.contribution },
        "submittedOn": { $0.submittedOn },
        "copy": { $0.copy },
    ]
}

extension ErrorPage: MustacheFields {
    static let fields: [String: @Sendable (ErrorPage) -> Any?] = [
        "lang": { $0.lang },
        "pageTitle": { $0.pageTitle },
        "skipText": { $0.skipText },
        "heading": { $0.heading },
        "message": { $0.message },
    ]
}
