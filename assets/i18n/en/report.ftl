# The turn report, the saves list and the question before leaving.

report-title = What happened in { $month }
report-battles = Battles
report-surrenders = Sieges ended
report-won = Provinces won
report-lost = Provinces lost
report-changed = Provinces that changed hands
report-destroyed = Armies destroyed
report-events = Events
report-province-won = We now hold { $province }.
report-province-lost = We lost { $province } to { $holder }.
report-province-lost-contested = We no longer hold { $province }: it is contested.
report-province-taken = { $holder-lead } took { $province }.
report-province-contested = { $province } is now contested.
report-army-destroyed = { $army } ({ $side }) is no more.
report-quiet = A quiet month: no battle was fought and no province changed hands.
report-go-to = Go to
    .hint = Select this province and show it in the middle of the map
report-hint = T opens this report again
button-close = Close
help-report = the report of the last month

chronicle-newest = Back to the newest

save-summary = { $month } · { $side } · { $scenario }
save-autosave-name = Autosave
save-players-hotseat = two players
save-players-watch = watched, AI against AI
save-players-unknown = side not recorded
save-unreadable = unreadable
save-delete = Delete
    .hint = Delete this save (asks first)
save-delete-confirm = Really delete
save-delete-failed = Could not delete { $file }: { $error }
save-delete-outside = the file is not in the saves folder

leave-title = Leave for the menu?
leave-text = The war stands at { $month }. What was done since the last save would be lost.
leave-save = Save and leave
leave-anyway = Leave without saving

event-sources = Sources

details-watch-title = Watching the war
details-watch = The computer gives both sides' orders. Click a province or an army to read about it; Space pauses and resumes the war.
chronicle-empty-watch = Nothing has happened yet: the first month is being played.
