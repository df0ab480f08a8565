# explain.ftl (en-GB): why arrangements are as they are, and what happens next.
#
# Every message gets $band ("young" 4-7, "middle" 8-10, "older" 11-18) and
# $ftword (the child's own word for family time). *[older] is always the default.
# $ftword is never put after "your" and never starts a sentence, so it reads
# well whether it is "family time", "contact" or "seeing my family".
# Sources: seeds 000-004 (Staying Connected; Coram Voice; Camden; Northamptonshire; Kent).


## Forms: how family time happens.

# Variables: $band
form-explain-visit =
    { $band ->
        [young] A visit is when you see them in person. You can talk, play and have fun together.
        [middle] A visit is when you meet up face to face. You spend time together, like playing games, talking or going out.
       *[older] A visit is when you spend time together in person. It might be at home, at a family centre or out and about. Some visits have a worker there to help or to keep things safe.
    }

# Variables: $band
form-explain-overnight =
    { $band ->
        [young] You sleep at their home for the night. Then you come back the next day.
        [middle] An overnight stay means you sleep at their home for one night or more. Then you come back to where you live.
       *[older] An overnight stay means you sleep at their place for one night or more. It is part of your plan, so your carer and social worker know the details and can help if you need them.
    }

# Variables: $band
form-explain-video-call =
    { $band ->
        [young] You see them and talk to them on a screen. You can wave and show them things.
        [middle] A video call lets you see and talk to them on a screen. It can help you keep in touch between visits.
       *[older] A video call is sometimes called virtual family time. It can help you stay close between visits, or it may take the place of visits for now. Like a visit, it can have a worker there to help.
    }

# Variables: $band
form-explain-phone-call =
    { $band ->
        [young] You talk to them on the phone. You can tell them about your day.
        [middle] A phone call is a way to talk and keep in touch. It helps when you can't meet up.
       *[older] A phone call lets you keep in touch between visits, or when you can't meet. Your plan says who you can call and when, and an adult may help set it up.
    }

# Variables: $band, $ftword
form-explain-letters-and-photos =
    { $band ->
        [young] You send each other notes, cards and photos. A grown-up helps you post them.
        [middle] You send each other letters, cards or photos. A grown-up may read them first, to check they are OK for you.
       *[older] You keep in touch by sending letters, cards or photos. Adults sometimes call this letterbox or indirect contact. A worker may read them first, to check they are OK for you. It matters just as much as other kinds of { $ftword }.
    }

# Variables: $band
form-explain-gifts =
    { $band ->
        [young] You can send and get presents. A grown-up checks them first.
        [middle] You and your family can send each other presents, like on birthdays. A grown-up checks them first.
       *[older] Gifts are one way to keep in touch, like on birthdays. A worker may check gifts first, to make sure they are right for you.
    }


## Support: who is there, what they do, and why.

# Variables: $band
support-explain-unsupported =
    { $band ->
        [young] No worker comes with you. Your carer knows when and where you go.
        [middle] No worker needs to be there. Your carer and social worker know when it is happening.
       *[older] Unsupported means you make your own plans with your family, and no worker is there. Your carer and social worker need to know when it is happening, so they can help if things change.
    }

# Variables: $band
support-explain-facilitated =
    { $band ->
        [young] Grown-ups help you get there. They help with the place and the trip.
        [middle] Adults help to make it happen. They might help with the place, the travel or the cost. No worker needs to stay with you.
       *[older] Facilitated means no worker needs to stay, but you get help to make it happen. That help might be a place to meet, travel, or money for costs.
    }

# Variables: $band
support-explain-supported =
    { $band ->
        [young] A kind grown-up is there to help. They help everyone have a good time.
        [middle] A worker is there with you to help things go well. They might join in and help your family.
       *[older] Supported means a worker is there to help things go well. They join in rather than just watch, and may give your family ideas. They would step in if you were not safe or not OK.
    }

# Variables: $band
support-explain-supervised =
    { $band ->
        [young] A grown-up stays with you all the time. They keep everyone safe. They write down what happens.
        [middle] A worker stays with you all the time. They keep everyone safe and write notes about how it went.
       *[older] Supervised means a worker stays the whole time, keeps everyone safe and writes notes. It can be for safety, to help adults plan, or to help you keep links with your family. It is checked at reviews, and you can ask if it still needs to be supervised.
    }


## Venues: what the place is like.

# Variables: $band, $ftword
venue-explain-family-centre =
    { $band ->
        [young] A family centre is a place to play. It has toys and games. Some have a garden too.
        [middle] A family centre is a place made for { $ftword }. There are toys, games and books. Some have a kitchen to cook in and a garden to play in.
       *[older] A family centre is a building set up for { $ftword }, with games, books, art things and a sofa. Some have a kitchen to cook or bake in, and a garden. If you would rather meet somewhere else, like a park or a café, you can ask.
    }

# Variables: $band
venue-explain-family-home =
    { $band ->
        [young] You see them at their home.
        [middle] You spend time together at your family's home.
       *[older] This happens at your family's home. Lots of children and families like this best. It is chosen when the adults think it is safe and right for you.
    }

# Variables: $band
venue-explain-foster-home =
    { $band ->
        [young] They come to see you where you live.
        [middle] It happens where you live now. Your carer is often close by if you need them.
       *[older] It happens where you live now. This can feel safe and familiar, and your carer is often close by if you need them.
    }

# Variables: $band
venue-explain-community =
    { $band ->
        [young] You meet somewhere fun, like the park or a café.
        [middle] You meet out and about, like at a park, a café or bowling.
       *[older] You meet out and about, like at a park, a café or bowling. Lots of young people like this, as it feels more like everyday life.
    }

# Variables: $band
venue-explain-prison =
    { $band ->
        [young] This visit is in a prison. A grown-up goes with you. They tell you what it is like first. You can ask them anything.
        [middle] This visit is in a prison. There are staff and some rules there. Before you go, your social worker will help you know what to expect. An adult will go with you.
       *[older] This visit is in a prison. Prisons have staff and rules, and the prison decides what kind of visit can happen. Your social worker should help you get ready first, and an adult, if possible someone you know, will go with you. You can say how you feel before and after.
    }

# Variables: $band
venue-explain-hospital =
    { $band ->
        [young] This visit is in a hospital. A grown-up goes with you. They tell you what it is like first. You can ask them anything.
        [middle] This visit is in a hospital, where they are being looked after. Before you go, your social worker will help you know what to expect. An adult will go with you.
       *[older] This visit is in a hospital, where they are getting care. The hospital team and your social worker check first that a visit is right for you. Your social worker should help you get ready, and an adult will go with you.
    }

# Variables: $band
venue-explain-online =
    { $band ->
        [young] You see them on a screen. It may be a phone.
        [middle] This happens online, on a phone, tablet or computer. A grown-up can help you set it up.
       *[older] This happens online, by video call. It can help you stay close between visits. If you want to, you could show them your pet or something you made.
    }

# Variables: $band
venue-explain-other =
    { $band ->
        [young] Your carer can tell you where it is.
        [middle] This is somewhere else. Your carer or social worker can tell you about the place before you go.
       *[older] This happens somewhere else. Your carer or social worker can tell you what the place is like before you go. If it does not suit you, you can say so.
    }


## Change titles: the heading next to a change. $names is already joined ("Mum and Kai").
## Built so that no verb has to agree with $names.

# Variables: $band, $ftword, $names
change-title-started =
    { $band ->
        [young] Something new: time with { $names }
        [middle] New: { $ftword } with { $names }
       *[older] New plan for { $ftword } with { $names }
    }

# Variables: $band, $names
change-title-increased =
    { $band ->
        [young] More time with { $names }
        [middle] You'll get more time with { $names }
       *[older] Your time with { $names } has gone up
    }

# Variables: $band, $names
change-title-reduced =
    { $band ->
        [young] Less time with { $names }
        [middle] You'll have less time with { $names }
       *[older] Your time with { $names } has been cut down
    }

# Variables: $band, $names
change-title-suspended =
    { $band ->
        [young] A break from seeing { $names }
        [middle] Time with { $names } is paused
       *[older] Time with { $names } is paused for now
    }

# Variables: $band, $names
change-title-resumed =
    { $band ->
        [young] You can see { $names } again
        [middle] Time with { $names } is starting again
       *[older] Time with { $names } is back on
    }

# Variables: $band, $names
change-title-ended =
    { $band ->
        [young] This time with { $names } has stopped
        [middle] This time with { $names } has ended
       *[older] This arrangement with { $names } has ended
    }

# Variables: $band, $names
change-title-new-time =
    { $band ->
        [young] A new time to see { $names }
        [middle] A new day or time with { $names }
       *[older] New day or time with { $names }
    }

# Variables: $band, $names
change-title-new-place =
    { $band ->
        [young] A new place to see { $names }
        [middle] A new place to meet { $names }
       *[older] New place to meet { $names }
    }

# Variables: $band, $names
change-title-person-added =
    { $band ->
        [young] Now you can see { $names } too
        [middle] New in your plan: { $names }
       *[older] Added to your plan: { $names }
    }


## How often. $before and $after are "rhythm" texts.

# Variables: $band, $before, $after
change-rhythm =
    { $band ->
        [young] Before, it was { $before }. Now it is { $after }.
        [middle] It used to be { $before }. Now it is { $after }.
       *[older] It was { $before }. Now it is { $after }.
    }

# Variables: $band, $unit (once | day | week | month | year), $times (number), $every (number)
# "once a week", "3 times a week", "once every 2 weeks", "twice a month", "once".
# The youngest get "3 times in 2 weeks" (shorter words than "3 times every 2 weeks").
rhythm =
    { $unit ->
        [once] once
        [day]
            { $every ->
                [1]
                    { $times ->
                        [1] once
                        [2] twice
                       *[other] { $times } times
                    } a day
               *[other]
                    { $times ->
                        [1] once every
                        [2] twice every
                       *[other]
                            { $band ->
                                [young] { $times } times in
                               *[older] { $times } times every
                            }
                    } { $every } days
            }
        [month]
            { $every ->
                [1]
                    { $times ->
                        [1] once
                        [2] twice
                       *[other] { $times } times
                    } a month
               *[other]
                    { $times ->
                        [1] once every
                        [2] twice every
                       *[other]
                            { $band ->
                                [young] { $times } times in
                               *[older] { $times } times every
                            }
                    } { $every } months
            }
        [year]
            { $every ->
                [1]
                    { $times ->
                        [1] once
                        [2] twice
                       *[other] { $times } times
                    } a year
               *[other]
                    { $times ->
                        [1] once every
                        [2] twice every
                       *[other]
                            { $band ->
                                [young] { $times } times in
                               *[older] { $times } times every
                            }
                    } { $every } years
            }
       *[week]
            { $every ->
                [1]
                    { $times ->
                        [1] once
                        [2] twice
                       *[other] { $times } times
                    } a week
               *[other]
                    { $times ->
                        [1] once every
                        [2] twice every
                       *[other]
                            { $band ->
                                [young] { $times } times in
                               *[older] { $times } times every
                            }
                    } { $every } weeks
            }
    }


## What happens next, shown under a change. Never promises an outcome.
## Changes that mean less (reduced, suspended, ended) always say: you can ask why,
## you can ask for a change, and an advocate can help.

# Variables: $band, $ftword, $names
change-next-started =
    { $band ->
        [young] Soon you will see { $names }. Your carer can tell you more. You can ask them anything.
        [middle] Time with { $names } is starting. The calendar shows when. If you have questions, or want something to be different, you can ask your social worker.
       *[older] This is a new part of your plan for { $ftword } with { $names }. Your calendar shows when and where. If you have questions or want something changed, you can ask your social worker, your IRO or an advocate.
    }

# Variables: $band, $names
change-next-increased =
    { $band ->
        [young] You will have more time with { $names }. Your carer can tell you when.
        [middle] You will have more time with { $names }. Look at the calendar to see when. You can always say how it is going.
       *[older] You will have more time with { $names }, and your calendar shows the new plan. If it starts to feel like too much, or still not enough, you can say so at any time.
    }

# Variables: $band, $names
change-next-reduced =
    { $band ->
        [young] You will see { $names } less. It is OK to have big feelings about it. You can ask why. You can ask for a change. A grown-up can help.
        [middle] You will have less time with { $names }. You can ask your social worker why, and ask for a change. An advocate can help you say what you want.
       *[older] Less time with { $names } can be hard, or it may be what you wanted. The reason is shown with this change, and you have a right to ask more about it. You can ask for a change at any time, and an advocate can help you be heard.
    }

# Variables: $band, $names
change-next-suspended =
    { $band ->
        [young] You will not see { $names } for a while. It is OK to feel sad. You can ask why. You can ask for a change. A grown-up can help.
        [middle] Time with { $names } is paused for now. Adults should look at it again. You can ask why, and ask for it to start again. An advocate can help you.
       *[older] Time with { $names } is paused. A pause should be looked at again, for example at a meeting or at your review. You can ask why it happened and ask for it to start again. An advocate or your IRO can help you be heard.
    }

# Variables: $band, $names
change-next-resumed =
    { $band ->
        [young] You can see { $names } again. Your carer can tell you when.
        [middle] Time with { $names } is starting again. Look at the calendar to see when. If you feel worried, you can tell your carer or social worker.
       *[older] Time with { $names } is starting again, and your calendar shows the plan. It is fine to have mixed feelings. You can talk to your carer or social worker, or ask for changes.
    }

# Variables: $band, $names
change-next-ended =
    { $band ->
        [young] You will not see { $names } like this any more. It is OK to feel sad. You can ask why. You can ask for a change. A grown-up can help.
        [middle] This time with { $names } has ended. It is OK to feel sad. You can ask your social worker why, and ask for things to change. An advocate can help you say what you want.
       *[older] This arrangement with { $names } has ended. This can be hard, and whatever you feel is OK. You have a right to know why, and to ask for it to be looked at again, at your review or at any time. An advocate can help you. You can also ask about other ways to keep in touch, like letters.
    }

# Variables: $band, $names
change-next-new-time =
    { $band ->
        [young] There is a new time to see { $names }. Look at your calendar. You can say if it does not suit you.
        [middle] The day or time for seeing { $names } has changed. If it clashes with school or clubs, you can ask for a different time.
       *[older] The day or time with { $names } has changed. If it clashes with school, clubs or work, you can ask for a time that fits better.
    }

# Variables: $band, $names
change-next-new-place =
    { $band ->
        [young] You will see { $names } in a new place. Your carer can tell you about it. You can ask them anything.
        [middle] You will meet { $names } somewhere new. Your carer or social worker can tell you what it is like. If it does not feel right, you can say.
       *[older] You will meet { $names } in a new place. You can ask what it is like before you go, and ask for somewhere else if it does not suit you.
    }

# Variables: $band, $names
change-next-person-added =
    { $band ->
        [young] Now you can see { $names } too. Your carer can tell you when.
        [middle] Your plan now has { $names } in it. Look at the calendar to see when. If someone else matters to you, you can ask for them too.
       *[older] Your plan now includes { $names }. Is there anyone else who matters to you, like a grandparent, a friend, a past carer or a pet? You can ask for them to be added too.
    }


## When a session did not happen or was cancelled.

# Variables: $band, $who, $me (yes: the child could not go; no: $who did not come)
missed-explain =
    { $me ->
        [yes]
            { $band ->
                [young] You could not go this time. That is OK. Your carer can help you find out what happens next.
                [middle] You couldn't go this time. That's OK. Your carer or social worker will talk with you about what happens next.
               *[older] You could not go this time, and that is OK. If something is making it hard to go, you can tell your carer, your social worker or an advocate.
            }
       *[no]
            { $band ->
                [young] { $who } did not come. This is not your fault. It is OK to feel sad or cross. Your carer can help.
                [middle] { $who } did not come this time. It is not your fault, and it is OK to feel let down. Your carer or social worker will talk with you about what happens next.
               *[older] { $who } did not come this time, and that is not your fault. It is OK to feel let down or angry. Your social worker should find out what happened and talk with you about what happens next.
            }
    }

# Variables: $band, $ftword
cancelled-explain =
    { $band ->
        [young] This time will not happen. It is not your fault. Your carer can tell you why.
        [middle] This time has been cancelled. It is not your fault. The reason is shown with it. You can ask your carer or social worker about it.
       *[older] This session has been cancelled, and the reason is shown with it. You can ask your social worker to explain more. If { $ftword } keeps being cancelled, you can ask for the plan to be looked at again. An advocate can help you.
    }


## When nothing is planned with someone: why, kindly, and what you can do.

# Variables: $band, $name
# The child's choice: no pressure, ever.
nothing-choose-not-to =
    { $band ->
        [young] You have chosen not to see { $name } right now. That is OK. You can change your mind.
        [middle] You have chosen not to see { $name } right now. That is OK. If you change your mind, you can tell your carer or social worker.
       *[older] You have chosen not to see { $name } right now, and that is OK. Your views count. If you ever change your mind, you can tell your social worker. There is no rush.
    }

# Variables: $band, $name
nothing-died =
    { $band ->
        [young] { $name } has died. You can still think about them and talk about them. Your carer is there to help.
        [middle] { $name } has died. It is OK to miss them and to have lots of feelings. You can talk about { $name } with your carer, and ask to mark special days.
       *[older] { $name } has died. You can keep remembering them in your own way. If you would like support, you can ask your carer or social worker. You can also ask for help to visit a special place or mark a special day.
    }

# Variables: $band, $name
nothing-cant-see =
    { $band ->
        [young] You can't see { $name } right now. It is not because of you. A grown-up can tell you why.
        [middle] You can't see { $name } right now. It is not because of anything you did. You can ask your social worker why, and ask about other ways to keep in touch.
       *[older] You can't see { $name } right now. You have a right to know why, so you can ask your social worker to explain. You can also ask about other ways to keep in touch, like letters, and an advocate can help you.
    }

# Variables: $band, $name
nothing-trying-to-find =
    { $band ->
        [young] Grown-ups are trying to find { $name }. It can take a long time. You can ask how it is going.
        [middle] People are trying to find { $name }. This can take a long time, and waiting can be hard. You can ask your social worker for news at any time.
       *[older] People are trying to find { $name }, sometimes with help from groups like the Red Cross. It can take a long time, and it is normal to worry. You can ask for news, and talk to someone about how you feel.
    }

# Variables: $band, $name, $until (a date), $has-until (yes/no)
nothing-suspended =
    { $has-until ->
        [yes]
            { $band ->
                [young] Time with { $name } is on pause until { $until }. You can ask why. A grown-up can help you ask for a change.
                [middle] Time with { $name } is paused until { $until }. You can ask your social worker why, and ask for a change. An advocate can help you.
               *[older] Time with { $name } is paused until { $until }. You have a right to know why. You can ask for it to be looked at again, and an advocate can help you say what you want.
            }
       *[no]
            { $band ->
                [young] Time with { $name } is on pause for now. You can ask why. A grown-up can help you ask for a change.
                [middle] Time with { $name } is paused for now. You can ask your social worker why, and ask for a change. An advocate can help you.
               *[older] Time with { $name } is paused for now. You have a right to know why, and a pause should be looked at again. You can ask for that, and an advocate can help you say what you want.
            }
    }

# Variables: $band, $name
nothing-ended =
    { $band ->
        [young] Time with { $name } has stopped. It is OK to feel sad. You can ask why. A grown-up can help you.
        [middle] Time with { $name } has ended. It is OK to feel sad. You can ask your social worker why. If you want to ask for it to start again, an advocate can help you.
       *[older] Your plans to see { $name } have ended. This can be hard, and whatever you feel is OK. You have a right to know why, and to ask for this to be looked at again at your review. You can also ask about other ways to keep in touch, and an advocate can help.
    }

# Variables: $band, $name
nothing-all-cancelled =
    { $band ->
        [young] The next times with { $name } will not happen. It is not your fault. You can ask your carer why.
        [middle] The next times with { $name } have been cancelled. It is not your fault. You can ask why, and ask what happens next.
       *[older] The next sessions with { $name } have been cancelled. You can ask your social worker why, and what happens next. If it keeps happening, you can ask for the plan to be looked at again.
    }

# Variables: $band, $name
nothing-none-arranged =
    { $band ->
        [young] Nothing is planned with { $name } yet. If you want to see them, you can ask.
        [middle] There is nothing planned with { $name } right now. If you would like to see them, you can ask your social worker.
       *[older] Nothing is planned with { $name } at the moment. If you would like to see them, or to keep in touch another way, you can ask your social worker. An advocate can help you ask.
    }
