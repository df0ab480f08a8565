import SwiftUI
import FamilyTimeCore

/// A person's page with how family time with them has felt; "not now" hides the offer to
/// tell someone until the page is opened again.
struct PersonHolder: View {
    let id: String
    let model: AppModel
    @State private var offerShown = true

    private struct Opened: Sendable {
        let view: PersonView?
        /// Nil before a plan, or while the core refuses (locked): the page still shows.
        let feelings: FeelingsLineView?
    }

    var body: some View {
        let app: FamilyTime = model.app
        let id = self.id
        Holder(route: .person(id: id), changed: model.changed, read: {
            Opened(view: try app.person(id: id), feelings: try? app.feelingsLine(person: id))
        }) { (opened: Opened) in
            if let view = opened.view {
                PersonScreen(view: view, feelings: opened.feelings, offerShown: offerShown) { event in
                    switch event {
                    case .openSession(let session): model.stack.push(.session(id: session))
                    case .howOftenFelt(let feeling): offerRequest(feeling)
                    case .tell: model.stack.push(.tell(about: id))
                    case .notNow: offerShown = false
                    case .feelUnsafe: model.feelUnsafe()
                    }
                }
            }
        }
    }

    /// The child's feeling about how often becomes a ready-made request in Tell, unsent.
    private func offerRequest(_ feeling: HowOften) {
        let app: FamilyTime = model.app
        let id = self.id
        Task {
            let offered = await fromCore { try app.suggestedRequest(person: id, feeling: feeling) }
            guard case .ready(let message?) = offered else { return }
            _ = await fromCore { try app.saveDraft(id: DraftId.tell, message: message) }
            model.stack.push(.tell(about: id))
        }
    }
}

/// A check-in: the face and words stay here until saved; the core refuses one outside
/// its window, and its words say so.
struct CheckInHolder: View {
    let session: String
    let moment: Moment
    let model: AppModel
    @State private var picked: Feeling?
    @State private var ownWords: String?
    @State private var problem: String?

    var body: some View {
        let app: FamilyTime = model.app
        let session = self.session
        let moment = self.moment
        Holder(route: .checkIn(session: session, moment: moment), changed: model.changed, read: {
            try app.checkInScreen(session: session, moment: moment)
        }) { (view: CheckInView?) in
            if let view {
                let saved = view.feelings.first(where: { $0.selected })?.feeling
                let typed = ownWords ?? view.ownWords ?? String()
                CheckInScreen(view: view, picked: picked ?? saved, ownWords: typed, problem: problem) { event in
                    switch event {
                    case .pick(let feeling): picked = feeling
                    case .write(let text): ownWords = text
                    case .save:
                        if let feeling = picked ?? saved { save(feeling, words: typed) }
                    case .share: share()
                    }
                }
            }
        }
    }

    private func save(_ feeling: Feeling, words: String) {
        let app: FamilyTime = model.app
        let session = self.session
        let moment = self.moment
        let own: String? = words.isEmpty ? nil : words
        Task {
            let saved = await fromCore { try app.checkIn(session: session, moment: moment, feeling: feeling, words: own) }
            if case .failed(let refusal) = saved {
                problem = refusal
            } else {
                problem = nil
                model.didChange()
            }
        }
    }

    /// To the preview of sharing what the child saved about this session and moment.
    private func share() {
        let app: FamilyTime = model.app
        let session = self.session
        let moment = self.moment
        Task {
            let made = await fromCore {
                try app.checkIns().first(where: { (checkIn: CheckIn) in checkIn.session == session && checkIn.moment == moment })
            }
            guard case .ready(let checkIn?) = made else { return }
            model.stack.push(.share(checkIn: checkIn.id, to: nil))
        }
    }
}

/// Sharing a check-in: the preview is the message itself, so what is sent is what was seen.
struct ShareHolder: View {
    let checkIn: Int64
    let to: String?
    let model: AppModel

    var body: some View {
        let app: FamilyTime = model.app
        let checkIn = self.checkIn
        let to = self.to
        Holder(route: .share(checkIn: checkIn, to: to), changed: model.changed, read: {
            try app.shareCheckIns(ids: [checkIn], to: to ?? Self.firstHelper(app))
        }) { (view: ShareView) in
            ShareScreen(view: view) { event in
                switch event {
                case .to(let helper): model.stack.replaceTop(.share(checkIn: checkIn, to: helper))
                case .send:
                    let message: Message = view.preview
                    Task { await model.send(message, as: DraftId.share) }
                case .keepPrivate: model.stack.pop()
                }
            }
        }
    }

    /// Until the child picks, the first helper the plan names (their social worker).
    nonisolated private static func firstHelper(_ app: FamilyTime) throws -> String {
        try app.tell(about: nil).helpers.first?.helper.id ?? String()
    }
}
