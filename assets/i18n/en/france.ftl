# France's will, its causes, and the regional calibration targets (issue 13).

check-history-unknown-province = there is no province `{ $id }` on the map
check-history-empty-region = region `{ $id }` lists no provinces
check-history-unknown-region = there is no region `{ $id }` in the history's `regions`
check-history-region-size = { $count } provinces is more than the { $provinces } of region `{ $region }`

lab-calibrate-region = Provinces of { $region } held by { $side ->
        [republic] the Republic
       *[empire] the Empire side
    } at the end of { $month }
lab-calibrate-contested = { $province } contested or changing hands, { $from } … { $to }
lab-calibrate-share-months = mean { $mean } of months (quartiles { $p25 } – { $p75 })
lab-calibrate-history-contested = fought over
lab-calibrate-at-least = ≥ { $share }

cause-home-opinion = the Corps législatif and opinion at home
