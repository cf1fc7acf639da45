# A crônica da guerra, mês a mês. Os números vêm duas vezes: $men para o plural, $men-text
# formatado para leitura. Um lado vem como quatro argumentos, um para cada lugar na frase:
# $side (sujeito), $side-lead (no início da frase), $side-to (depois de «a») e $side-of (depois
# de «de»), cada um com o nome do lado naquela data (os termos abaixo).
chronicle-month = — { $month } —
chronicle-list = { $first } e { $last }

## Os lados conforme a data. O do Império é a expedição aliada enquanto a Espanha ou a
## Grã-Bretanha acompanham a França; depois a Intervenção, a Regência, o Império.
-republic = { $case ->
   *[subject] a República
    [lead] A República
    [to] à República
    [of] da República
}
    .gender = feminine
-allies = { $case ->
   *[subject] a expedição aliada
    [lead] A expedição aliada
    [to] à expedição aliada
    [of] da expedição aliada
}
    .gender = feminine
-intervention = { $case ->
   *[subject] a Intervenção
    [lead] A Intervenção
    [to] à Intervenção
    [of] da Intervenção
}
    .gender = feminine
-regency = { $case ->
   *[subject] a Regência
    [lead] A Regência
    [to] à Regência
    [of] da Regência
}
    .gender = feminine
-empire = { $case ->
   *[subject] o Império
    [lead] O Império
    [to] ao Império
    [of] do Império
}
    .gender = masculine
side-republic = { -republic }
    .lead = { -republic(case: "lead") }
    .to = { -republic(case: "to") }
    .of = { -republic(case: "of") }
side-allies = { -allies }
    .lead = { -allies(case: "lead") }
    .to = { -allies(case: "to") }
    .of = { -allies(case: "of") }
side-intervention = { -intervention }
    .lead = { -intervention(case: "lead") }
    .to = { -intervention(case: "to") }
    .of = { -intervention(case: "of") }
side-regency = { -regency }
    .lead = { -regency(case: "lead") }
    .to = { -regency(case: "to") }
    .of = { -regency(case: "of") }
side-empire = { -empire }
    .lead = { -empire(case: "lead") }
    .to = { -empire(case: "to") }
    .of = { -empire(case: "of") }

## Exércitos e seus comandantes.
chronicle-force-led = { $army } sob o comando de { $leader }
chronicle-force-unnamed = um exército

## Batalhas, e escaramuças: combates em que o lado menor tem menos de 250 homens.
chronicle-battle-attacker-won = Batalha na província de { $province }: { $attacker } ({ $attacker_force }, { $attackers-text } homens) derrota { $defender } ({ $defender_force }, { $defenders-text } homens). Baixas: { $attacker } { $attacker_losses-text }, { $defender } { $defender_losses-text }.
chronicle-battle-defender-held = Batalha na província de { $province }: { $defender } ({ $defender_force }, { $defenders-text } homens) repele { $attacker } ({ $attacker_force }, { $attackers-text } homens). Baixas: { $attacker } { $attacker_losses-text }, { $defender } { $defender_losses-text }.
chronicle-skirmish-attacker-won = Escaramuça na província de { $province }: { $attackers-text } homens { $attacker-of } ({ $attacker_force }) afugentam { $defenders-text } { $defender-of }; baixas: { $attacker_losses-text } e { $defender_losses-text }.
chronicle-skirmish-defender-held = Escaramuça na província de { $province }: { $defenders-text } homens { $defender-of } ({ $defender_force }) rechaçam { $attackers-text } { $attacker-of }; baixas: { $defender_losses-text } e { $attacker_losses-text }.
chronicle-battles = { $count ->
    [one] Outra batalha
   *[other] Outras { $count-text } batalhas
} ({ $provinces }): { $men-text } homens em combate, { $losses-text } baixas.
chronicle-skirmishes = { $count-text } escaramuças ({ $provinces }): { $men-text } homens em combate, { $losses-text } baixas.
chronicle-prisoners = { $men ->
    [one] Um homem { $side-of } é feito prisioneiro.
   *[other] { $men-text } homens { $side-of } são feitos prisioneiros.
}
chronicle-evaded = { $side-lead } evita a batalha: { $force } se retira da província de { $from } para a de { $to } ({ $men-text } baixas na marcha).
chronicle-evasions = { $count-text } forças { $side-of } evitam a batalha e se retiram ({ $from }; { $men-text } baixas na marcha).

## Cercos: as defesas de uma praça na escala do cenário, de 0 (cidade aberta) a 5.
chronicle-siege = Continua o cerco na província de { $province }; suas defesas caem a { $fort-text } de { $full-text } (numa escala de 0 a 5).
chronicle-surrendered = A guarnição na província de { $province } capitula: { $side } perde { $men-text } homens, feitos prisioneiros.

## Províncias que mudam de mãos.
chronicle-control-occupied = Ocupação: { $provinces } { $count ->
    [one] passa
   *[other] passam
} às mãos { $side-of }.
chronicle-control-drift = Sem guarnição, { $provinces } { $count ->
    [one] passa
   *[other] passam
} às mãos { $side-of }.
chronicle-control-contested = { $provinces } { $count ->
    [one] fica
   *[other] ficam
} em disputa: nenhum lado { $count ->
    [one] a
   *[other] as
} controla.
chronicle-control-towns = Em { $provinces } os bandos dominam o campo e a guarnição só as cidades: { $count ->
    [one] fica
   *[other] ficam
} em disputa.
chronicle-control-bands = { $provinces } { $count ->
    [one] passa
   *[other] passam
} às mãos { $side-of }: os bandos desgastaram a guarnição.

## Perdas fora de batalha (todas as de um tipo num mês, juntas).
chronicle-guerrilla = { $count ->
    [one] Guerra de guerrilhas na província de { $provinces }
   *[other] Ataques guerrilheiros em { $count-text } províncias ({ $provinces })
}: as guarnições { $side-of } perdem { $garrison-text } homens; os bandos, { $guerrillas-text }.
chronicle-fever = Febre no litoral: { $side } perde { $men-text } homens ({ $contingents }).
chronicle-supply = Em território hostil e sem suprimentos, { $side } perde { $men-text } homens ({ $contingents }).
chronicle-desertion = Sem soldo, desertam { $men-text } homens { $side-of } ({ $contingents }).
chronicle-siege-losses = A fome e as doenças matam atrás das muralhas { $men-text } homens { $side-of } ({ $contingents }).
chronicle-guerrilla-losses = As emboscadas custam { $side-to } { $men-text } homens ({ $contingents }).
chronicle-dispersed = { $count ->
    [one] Um exército se dispersa
   *[other] { $count-text } exércitos se dispersam
} nas guerrilhas ({ $provinces }; { $men-text } homens).

## Os comandantes.
chronicle-leader-died = { $count ->
    [one] Morre
   *[other] Morrem
} { $leaders }.
chronicle-leader-captured = { $leaders } { $count ->
    [one] é feito prisioneiro
   *[other] são feitos prisioneiros
}.
chronicle-leader-defected = { $leaders } { $count ->
    [one] muda
   *[other] mudam
} de lado.
chronicle-leader-neutral = { $leaders } { $count ->
    [one] se retira
   *[other] se retiram
} da guerra.
chronicle-leader-arrived = { $leaders } { $count ->
    [one] entra
   *[other] entram
} em campanha.

## Os acontecimentos do cenário: o título como cabeçalho, o texto histórico abaixo.
chronicle-event = • { $title }
chronicle-choice = { $side-lead } decide: { $choice }.
chronicle-power-joined = { $power } se une { $side-to }.
chronicle-power-left = { $power } deixa a guerra; { $men-text } homens voltam para casa.
chronicle-polity-intervention = { -intervention(case: "lead") } governa apenas pela força.
chronicle-polity-regency = Proclama-se uma Regência na Cidade do México, à espera de um monarca.
chronicle-polity-empire = Proclama-se o Segundo Império Mexicano; reina Maximiliano.
chronicle-polity-fallen = { -empire(case: "lead") } caiu.
chronicle-france-committed = A França renova seu compromisso com a expedição.
chronicle-france-withdrawing = A França anuncia a retirada de seu exército (vontade política: { $will-text } de { $max-text }).
chronicle-france-gone = As últimas tropas francesas deixam o México.
chronicle-reinforced = { $side-lead } recebe { $men-text } homens ({ $contingent }) na província de { $province }.
chronicle-withdrawn = { $men-text } homens embarcam de volta para casa: { $parts }.
chronicle-withdrawn-part = { $men-text } ({ $contingent })
