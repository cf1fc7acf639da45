# Textos comuns à linha de comando e ao jogo: idioma, calendário, números, lados.
language-name = Português
number-group-separator = .
number-decimal-separator = ,
month-year = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
side-republic = a República
side-empire = o Império
holder-republic = a República
holder-empire = o Império
holder-contested = ninguém (em disputa)

## A crônica. Os números vêm duas vezes: $men para o plural, $men-text formatado para leitura.
chronicle-month = — { $month } —
chronicle-battle-attacker-won = Batalha em { $province }: { $attacker } ({ $attackers-text } homens) derrota { $defender } ({ $defenders-text }); baixas: { $attacker_losses-text } e { $defender_losses-text }.
chronicle-battle-defender-held = Batalha em { $province }: { $defender } ({ $defenders-text } homens) repele { $attacker } ({ $attackers-text }); baixas: { $attacker_losses-text } e { $defender_losses-text }.
chronicle-prisoners = { $men ->
    [one] Um homem é feito prisioneiro.
   *[other] { $men-text } homens são feitos prisioneiros.
}
chronicle-evaded = Um exército escapa de { $from } para { $to } e evita a batalha ({ $men-text } baixas na marcha).
chronicle-siege = Continua o cerco de { $province }; restam { $fort-text } de suas muralhas.
chronicle-surrendered = { $province } capitula: { $side } perde { $men-text } homens, feitos prisioneiros.
chronicle-dispersed = Um exército se dispersa em { $province } e se junta às guerrilhas ({ $men-text } homens).
chronicle-control-occupied = { $province } é ocupada e agora está nas mãos de { $holder }.
chronicle-control-drift = Sem guarnição, { $province } passa para { $holder }.
chronicle-fever = Febre no litoral: { $side } perde { $men-text } homens do { $contingent }.
chronicle-supply = Isolado em território hostil, { $side } perde { $men-text } homens do { $contingent }.
chronicle-desertion = Sem soldo, desertam { $men-text } homens do { $contingent }.
chronicle-siege-losses = A fome e as doenças matam atrás das muralhas { $men-text } homens do { $contingent }.
chronicle-guerrilla-losses = As emboscadas custam a { $side } { $men-text } homens do { $contingent }.
chronicle-guerrilla = Guerra de guerrilhas em { $province }: caem { $guerrillas-text } guerrilheiros e { $garrison-text } soldados da guarnição.
chronicle-event = { $title }.
chronicle-choice = { $side } decide: { $choice }.
chronicle-power-joined = { $power } se une a { $side }.
chronicle-power-left = { $power } deixa a guerra; { $men-text } homens voltam para casa.
chronicle-leader-died = Morre { $leader }.
chronicle-leader-captured = { $leader } é feito prisioneiro.
chronicle-leader-defected = { $leader } muda de lado.
chronicle-leader-neutral = { $leader } se retira da guerra.
chronicle-leader-arrived = { $leader } entra em campanha.
chronicle-polity-intervention = A Intervenção governa apenas pela força.
chronicle-polity-regency = Uma Regência é proclamada na Cidade do México, à espera de um monarca.
chronicle-polity-empire = É proclamado o Segundo Império Mexicano; reina Maximiliano.
chronicle-polity-fallen = O Império caiu.
chronicle-france-committed = A França renova seu compromisso com a expedição.
chronicle-france-withdrawing = A França anuncia a retirada de seu exército (vontade política: { $will-text }).
chronicle-france-gone = As últimas tropas francesas deixam o México.
chronicle-reinforced = { $side } recebe { $men-text } homens do { $contingent } em { $province }.
chronicle-withdrawn = { $men-text } homens do { $contingent } embarcam de volta.
chronicle-winner = Vitória de { $side }.
chronicle-undecided = A guerra fica indecisa.
chronicle-holdings = Território: República { $republic-text }, em disputa { $contested-text }, Império { $empire-text }; vontade da França: { $will }.
