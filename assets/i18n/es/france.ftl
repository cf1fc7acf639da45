# La voluntad de Francia, sus causas y los objetivos de calibración por región (issue 13).

check-history-unknown-province = no hay ninguna provincia `{ $id }` en el mapa
check-history-empty-region = la región `{ $id }` no enumera ninguna provincia
check-history-unknown-region = no hay ninguna región `{ $id }` en las `regions` de la historia
check-history-region-size = { $count } provincias son más que las { $provinces } de la región `{ $region }`

lab-calibrate-region = Provincias de { $region } en manos { $side ->
        [republic] de la República
       *[empire] del bando del Imperio
    } a finales de { $month }
lab-calibrate-contested = { $province } disputada o cambiando de manos, { $from } … { $to }
lab-calibrate-share-months = media { $mean } de los meses (cuartiles { $p25 } – { $p75 })
lab-calibrate-history-contested = disputada
lab-calibrate-at-least = ≥ { $share }

cause-home-opinion = el Cuerpo Legislativo y la opinión en Francia
