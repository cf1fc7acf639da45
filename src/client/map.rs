//! The map on screen: a mesh per province coloured by the chosen map mode, hatching over
//! contested provinces, and the lands beyond Mexico.
use crate::client::Screen;
use crate::client::bridge::{Match, MatchRefreshed, SimEvent};
use crate::client::input::Selection;
use crate::client::map_data::{self, MapData, NEIGHBOURS, Triangles};
use crate::client::theme;
use crate::sim::event::Event;
use crate::sim::state::{GameState, Holder};
use crate::sim::{Side, state::Stance};
use crate::text::Lang;
use bevy::asset::RenderAssetUsages;
use bevy::image::{ImageAddressMode, ImageSampler, ImageSamplerDescriptor};
use bevy::mesh::Indices;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, PrimitiveTopology, TextureDimension, TextureFormat};

/// The map's geometry, read once at start.
#[derive(Resource)]
pub struct MapGeometry(pub MapData);

/// What the province colours show.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MapMode {
    /// Who holds each province.
    #[default]
    Political,
    /// Kinds of ground.
    Terrain,
    /// Support for the Republic against the Empire.
    Support,
    /// Guerrilla fighters.
    Guerrilla,
    /// Where the viewer's armies are supplied or cut off.
    Supply,
    /// What a province is worth: customs and silver a year.
    Value,
}

impl MapMode {
    /// Every mode, in hotkey order (1–6).
    pub const ALL: [MapMode; 6] = [
        MapMode::Political,
        MapMode::Terrain,
        MapMode::Support,
        MapMode::Guerrilla,
        MapMode::Supply,
        MapMode::Value,
    ];

    /// The mode's name.
    pub fn name(self, lang: Lang) -> String {
        match self {
            MapMode::Political => lang.tr("mapmode-political"),
            MapMode::Terrain => lang.tr("mapmode-terrain"),
            MapMode::Support => lang.tr("mapmode-support"),
            MapMode::Guerrilla => lang.tr("mapmode-guerrilla"),
            MapMode::Supply => lang.tr("mapmode-supply"),
            MapMode::Value => lang.tr("mapmode-value"),
        }
    }
}

/// A province's fill on screen.
#[derive(Component, Debug, Clone, Copy, PartialEq)]
pub struct ProvinceFill {
    /// Province index.
    pub index: usize,
    /// Its colour now.
    pub colour: Color,
}

/// The hatching over a province, shown while it is contested.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hatching {
    /// Province index.
    pub index: usize,
}

/// Registers the map.
pub fn plugin(app: &mut App) {
    app.init_resource::<MapMode>()
        .add_systems(OnEnter(Screen::InGame), spawn_map)
        .add_systems(
            Update,
            (
                recolour_from_events,
                recolour_all,
                show_hatching,
                sync_materials,
            )
                .chain()
                .run_if(in_state(Screen::InGame).and_then(resource_exists::<Match>)),
        );
}

fn mesh_of(t: &Triangles, uv_scale: f32) -> Mesh {
    let positions: Vec<[f32; 3]> = t.positions.iter().map(|p| [p[0], p[1], 0.0]).collect();
    // UVs in map units, so that the hatching keeps one pitch across every province.
    let uvs: Vec<[f32; 2]> = t
        .positions
        .iter()
        .map(|p| [p[0] / uv_scale, -p[1] / uv_scale])
        .collect();
    Mesh::new(
        PrimitiveTopology::TriangleList,
        RenderAssetUsages::RENDER_WORLD,
    )
    .with_inserted_attribute(Mesh::ATTRIBUTE_POSITION, positions)
    .with_inserted_attribute(Mesh::ATTRIBUTE_UV_0, uvs)
    .with_inserted_indices(Indices::U32(t.indices.clone()))
}

/// Diagonal stripes, repeating, for contested provinces.
fn hatch_image() -> Image {
    const SIZE: u32 = 16;
    let mut data = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let on = (x + y) % SIZE < 5;
            data.extend(if on { [96, 58, 26, 190] } else { [0, 0, 0, 0] });
        }
    }
    let mut image = Image::new(
        Extent3d {
            width: SIZE,
            height: SIZE,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        data,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD,
    );
    image.sampler = ImageSampler::Descriptor(ImageSamplerDescriptor {
        address_mode_u: ImageAddressMode::Repeat,
        address_mode_v: ImageAddressMode::Repeat,
        ..ImageSamplerDescriptor::linear()
    });
    image
}

/// Spawns the provinces, their hatching and the neighbouring lands.
fn spawn_map(
    mut commands: Commands,
    geometry: Res<MapGeometry>,
    game: Res<Match>,
    mode: Res<MapMode>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    mut images: ResMut<Assets<Image>>,
) {
    let map = &geometry.0;
    let foreign = materials.add(ColorMaterial::from_color(theme::FOREIGN_LAND));
    for n in &NEIGHBOURS {
        let poly = map_data::neighbour_polygon(map, n);
        let t = map_data::triangulate(std::slice::from_ref(&poly));
        commands.spawn((
            Name::new("Neighbouring land"),
            Mesh2d(meshes.add(mesh_of(&t, 14.0))),
            MeshMaterial2d(foreign.clone()),
            Transform::from_xyz(0.0, 0.0, -1.0),
            DespawnOnExit(Screen::InGame),
        ));
    }
    let hatch = materials.add(ColorMaterial {
        texture: Some(images.add(hatch_image())),
        alpha_mode: bevy::sprite_render::AlphaMode2d::Blend,
        ..default()
    });
    for (index, def) in game.state.scenario.provinces.iter().enumerate() {
        let Some(shape) = map.shape(&def.id) else {
            warn!("the map has no outline for province `{}`", def.id);
            continue;
        };
        let t = map_data::triangulate(&shape.polygons);
        let mesh = meshes.add(mesh_of(&t, 14.0));
        let colour = province_colour(*mode, &game.state, index, game.active);
        commands.spawn((
            Name::new(format!("Province {}", def.id)),
            Mesh2d(mesh.clone()),
            MeshMaterial2d(materials.add(ColorMaterial::from_color(colour))),
            Transform::default(),
            ProvinceFill { index, colour },
            DespawnOnExit(Screen::InGame),
        ));
        commands.spawn((
            Name::new(format!("Hatching {}", def.id)),
            Mesh2d(mesh),
            MeshMaterial2d(hatch.clone()),
            Transform::from_xyz(0.0, 0.0, 0.5),
            Visibility::Hidden,
            Hatching { index },
            DespawnOnExit(Screen::InGame),
        ));
    }
}

fn mix(a: Color, b: Color, t: f32) -> Color {
    let a = a.to_srgba();
    let b = b.to_srgba();
    let t = t.clamp(0.0, 1.0);
    Color::srgb(
        a.red + (b.red - a.red) * t,
        a.green + (b.green - a.green) * t,
        a.blue + (b.blue - a.blue) * t,
    )
}

/// The colour of who holds a province.
pub fn holder_colour(holder: Holder) -> Color {
    match holder {
        Holder::Republic => theme::REPUBLIC,
        Holder::Empire => theme::EMPIRE,
        Holder::Contested => theme::CONTESTED,
    }
}

const PALE: Color = Color::srgb(0.91, 0.88, 0.78);
/// The richest province in the value mode.
pub const VALUE_GOLD: Color = Color::srgb(0.80, 0.55, 0.05);

/// A province's colour in a map mode, seen by `viewer`.
pub fn province_colour(mode: MapMode, state: &GameState, p: usize, viewer: Side) -> Color {
    let ps = &state.provinces[p];
    match mode {
        MapMode::Political => holder_colour(state.holder(p)),
        MapMode::Terrain => {
            let terrain = &state.scenario.terrains[state.scenario.provinces[p].terrain.idx()];
            match terrain.id.as_str() {
                "plateau" => Color::srgb(0.80, 0.70, 0.49),
                "coast" => Color::srgb(0.60, 0.76, 0.54),
                "mountain" => Color::srgb(0.58, 0.50, 0.42),
                "desert" => Color::srgb(0.89, 0.80, 0.58),
                "jungle" => Color::srgb(0.31, 0.54, 0.31),
                _ => Color::srgb(0.7, 0.7, 0.7),
            }
        }
        MapMode::Support => {
            let lean = ((ps.support[Side::Republic.index()] - ps.support[Side::Empire.index()])
                / 100.0) as f32;
            if lean >= 0.0 {
                mix(PALE, theme::REPUBLIC, lean * 1.6)
            } else {
                mix(PALE, theme::EMPIRE, -lean * 1.6)
            }
        }
        MapMode::Guerrilla => {
            let t = (ps.guerrilla / 4000.0).sqrt() as f32;
            mix(PALE, Color::srgb(0.62, 0.16, 0.11), t)
        }
        MapMode::Value => {
            let worth = |q: usize| {
                let d = &state.scenario.provinces[q];
                d.customs + d.silver
            };
            let most = (0..state.provinces.len())
                .map(worth)
                .fold(0.0, f64::max)
                .max(1e-9);
            mix(PALE, VALUE_GOLD, (worth(p) / most).sqrt() as f32)
        }
        MapMode::Supply => {
            let holder = state.holder(p).side();
            if holder == Some(viewer.enemy()) {
                let linked = state
                    .reachable(viewer, p)
                    .iter()
                    .any(|&(q, _)| state.holder(q).side() == Some(viewer));
                if linked {
                    Color::srgb(0.88, 0.70, 0.35)
                } else {
                    Color::srgb(0.74, 0.33, 0.25)
                }
            } else if holder == Some(viewer) {
                Color::srgb(0.56, 0.75, 0.48)
            } else {
                Color::srgb(0.85, 0.80, 0.60)
            }
        }
    }
}

/// Lightens provinces the selected army can reach, so that the player sees the choice.
fn highlighted(colour: Color, reachable: bool, selected: bool) -> Color {
    let c = if reachable {
        mix(colour, Color::srgb(1.0, 0.88, 0.45), 0.45)
    } else {
        colour
    };
    if selected {
        mix(c, Color::WHITE, 0.2)
    } else {
        c
    }
}

/// Reacts to the rules' events at once: a province changing hands is recoloured from the
/// event itself, before any full refresh.
pub fn recolour_from_events(
    mut events: MessageReader<SimEvent>,
    mode: Res<MapMode>,
    mut fills: Query<&mut ProvinceFill>,
) {
    for SimEvent(ev) in events.read() {
        if let Event::ControlChanged { province, to, .. } = ev
            && *mode == MapMode::Political
        {
            for mut fill in &mut fills {
                if fill.index == *province {
                    fill.colour = holder_colour(*to);
                }
            }
        }
    }
}

/// Recolours every province when the mode, the selection or the whole state changed.
pub fn recolour_all(
    mut refreshed: MessageReader<MatchRefreshed>,
    game: Res<Match>,
    mode: Res<MapMode>,
    selection: Res<Selection>,
    mut fills: Query<&mut ProvinceFill>,
) {
    let refreshed = refreshed.read().count() > 0;
    if !(refreshed || mode.is_changed() || selection.is_changed()) {
        return;
    }
    let reach = selection.reachable(&game.state);
    for mut fill in &mut fills {
        let base = province_colour(*mode, &game.state, fill.index, game.active);
        let colour = highlighted(
            base,
            reach.contains(&fill.index),
            selection.province == Some(fill.index),
        );
        if fill.colour != colour {
            fill.colour = colour;
        }
    }
}

/// Shows the hatching of contested provinces in the political mode.
fn show_hatching(
    game: Res<Match>,
    mode: Res<MapMode>,
    mut hatches: Query<(&Hatching, &mut Visibility)>,
) {
    if !(game.is_changed() || mode.is_changed()) {
        return;
    }
    for (h, mut vis) in &mut hatches {
        let contested = game.state.holder(h.index) == Holder::Contested;
        // Sieges are hatched in every mode: a fortress under siege is contested ground.
        let besieged = game
            .state
            .armies
            .iter()
            .any(|a| a.location == h.index && a.stance == Stance::Besieging);
        let want = if (contested && *mode == MapMode::Political) || besieged {
            Visibility::Inherited
        } else {
            Visibility::Hidden
        };
        vis.set_if_neq(want);
    }
}

/// Copies each province's fill into its material.
fn sync_materials(
    fills: Query<(&ProvinceFill, &MeshMaterial2d<ColorMaterial>), Changed<ProvinceFill>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
) {
    for (fill, handle) in &fills {
        if let Some(mut m) = materials.get_mut(&handle.0) {
            m.color = fill.colour;
        }
    }
}
