# A vontade da França, as suas causas e as metas de calibração por região (issue 13).

check-history-unknown-province = não há nenhuma província `{ $id }` no mapa
check-history-empty-region = a região `{ $id }` não lista nenhuma província
check-history-unknown-region = não há nenhuma região `{ $id }` nas `regions` da história
check-history-region-size = { $count } províncias são mais que as { $provinces } da região `{ $region }`

lab-calibrate-region = Províncias de { $region } nas mãos { $side ->
        [republic] da República
       *[empire] do lado do Império
    } no fim de { $month }
lab-calibrate-contested = { $province } disputada ou mudando de mãos, { $from } … { $to }
lab-calibrate-share-months = média { $mean } dos meses (quartis { $p25 } – { $p75 })
lab-calibrate-history-contested = disputada
lab-calibrate-at-least = ≥ { $share }

cause-home-opinion = o Corpo Legislativo e a opinião na França
