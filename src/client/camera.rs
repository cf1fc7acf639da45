//! The map's camera: where it looks and how far in, with pan and zoom by mouse and keys.
//!
//! [`MapView`] is the single source of truth; the Bevy camera is set from it, and the egui
//! overlay and clicks use the same sums, so names and counters never lag behind the meshes.
use crate::client::Screen;
use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll, MouseScrollUnit};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::input::EguiWantsInput;

/// The map camera.
#[derive(Component)]
pub struct MapCamera;

/// The part of the window the map shows through (between the panels), in logical pixels.
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct MapViewport {
    /// Top-left corner.
    pub min: Vec2,
    /// Bottom-right corner.
    pub max: Vec2,
    /// The window's size.
    pub window: Vec2,
    /// The pointer is over a floating window (a pop-up, the help) rather than the map.
    pub pointer_over_window: bool,
    /// Whether the interface has measured the panels yet (the view fits only then).
    pub measured: bool,
}

impl Default for MapViewport {
    fn default() -> Self {
        MapViewport {
            min: Vec2::ZERO,
            max: Vec2::new(1280.0, 800.0),
            window: Vec2::new(1280.0, 800.0),
            pointer_over_window: false,
            measured: false,
        }
    }
}

impl MapViewport {
    /// The centre of the free area.
    pub fn centre(&self) -> Vec2 {
        (self.min + self.max) / 2.0
    }

    /// Its size.
    pub fn size(&self) -> Vec2 {
        (self.max - self.min).max(Vec2::splat(1.0))
    }

    /// Whether a window point is on the map (not under a panel or a floating window).
    pub fn contains(&self, p: Vec2) -> bool {
        !self.pointer_over_window
            && p.x >= self.min.x
            && p.y >= self.min.y
            && p.x <= self.max.x
            && p.y <= self.max.y
    }
}

/// Where the map camera looks.
#[derive(Resource, Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    /// The map point shown at the centre of the free area.
    pub centre: Vec2,
    /// Map units per logical pixel: larger is further out.
    pub units_per_px: f32,
    /// Whether the view should be fitted to the map when the panels are known.
    pub fit_pending: bool,
}

impl Default for MapView {
    fn default() -> Self {
        MapView {
            centre: Vec2::new(0.0, 0.0),
            units_per_px: 1.2,
            fit_pending: true,
        }
    }
}

/// The map's extent the view fits to (with a margin so the US border shows).
const MAP_HALF: Vec2 = Vec2::new(610.0, 395.0);
const MIN_UNITS_PER_PX: f32 = 0.12;
const MAX_UNITS_PER_PX: f32 = 4.0;

impl MapView {
    /// The window point of a map point.
    pub fn to_screen(&self, vp: &MapViewport, world: Vec2) -> Vec2 {
        let c = vp.centre();
        Vec2::new(
            c.x + (world.x - self.centre.x) / self.units_per_px,
            c.y - (world.y - self.centre.y) / self.units_per_px,
        )
    }

    /// The map point under a window point.
    pub fn to_world(&self, vp: &MapViewport, screen: Vec2) -> Vec2 {
        let c = vp.centre();
        Vec2::new(
            self.centre.x + (screen.x - c.x) * self.units_per_px,
            self.centre.y - (screen.y - c.y) * self.units_per_px,
        )
    }

    /// Shows the whole map in the free area.
    pub fn fit(&mut self, vp: &MapViewport) {
        let size = vp.size();
        self.units_per_px = (2.0 * MAP_HALF.x / size.x).max(2.0 * MAP_HALF.y / size.y);
        self.centre = Vec2::new(0.0, 8.0);
        self.fit_pending = false;
    }

    /// Zooms by a factor, keeping the map point under `anchor` (a window point) still.
    pub fn zoom_at(&mut self, vp: &MapViewport, anchor: Vec2, factor: f32) {
        let before = self.to_world(vp, anchor);
        self.units_per_px = (self.units_per_px * factor).clamp(MIN_UNITS_PER_PX, MAX_UNITS_PER_PX);
        let after = self.to_world(vp, anchor);
        self.centre += before - after;
    }
}

/// Mouse drag state, so that a drag does not count as a click.
#[derive(Resource, Debug, Default)]
pub struct DragState {
    /// Where the left button went down, if it went down on the map.
    pub pressed_at: Option<Vec2>,
    /// Whether the pointer moved far enough to be a drag.
    pub dragging: bool,
}

/// Pixels the pointer must move before a press becomes a drag.
pub const DRAG_THRESHOLD: f32 = 5.0;

/// Registers the camera and its controls.
pub fn plugin(app: &mut App) {
    app.init_resource::<MapView>()
        .init_resource::<MapViewport>()
        .init_resource::<DragState>()
        .add_systems(Startup, spawn_camera)
        .add_systems(OnEnter(Screen::InGame), |mut view: ResMut<MapView>| {
            view.fit_pending = true
        })
        .add_systems(
            Update,
            (pan_and_zoom, sync_camera)
                .chain()
                .run_if(in_state(Screen::InGame)),
        );
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("Map camera"), Camera2d, MapCamera));
}

/// Pans with a drag (any button), WASD or the arrows; zooms with the wheel or +/-; Home fits.
fn pan_and_zoom(
    mut view: ResMut<MapView>,
    viewport: Res<MapViewport>,
    mut drag: ResMut<DragState>,
    keys: Res<ButtonInput<KeyCode>>,
    buttons: Res<ButtonInput<MouseButton>>,
    motion: Res<AccumulatedMouseMotion>,
    scroll: Res<AccumulatedMouseScroll>,
    window: Single<&Window, With<PrimaryWindow>>,
    egui_input: Option<Res<EguiWantsInput>>,
    time: Res<Time>,
) {
    let cursor = window.cursor_position();
    let over_map = cursor.is_some_and(|c| viewport.contains(c));
    let typing = egui_input
        .as_ref()
        .is_some_and(|e| e.wants_keyboard_input());

    // Drags: a press on the map that moves past the threshold pans the map.
    let any_pressed = [MouseButton::Left, MouseButton::Right, MouseButton::Middle]
        .into_iter()
        .any(|b| buttons.pressed(b));
    let any_just_pressed = [MouseButton::Left, MouseButton::Right, MouseButton::Middle]
        .into_iter()
        .any(|b| buttons.just_pressed(b));
    if any_just_pressed && over_map {
        drag.pressed_at = cursor;
        drag.dragging = false;
    }
    if any_pressed && let (Some(start), Some(now)) = (drag.pressed_at, cursor) {
        if now.distance(start) > DRAG_THRESHOLD {
            drag.dragging = true;
        }
        if drag.dragging && motion.delta != Vec2::ZERO {
            let upp = view.units_per_px;
            view.centre += Vec2::new(-motion.delta.x, motion.delta.y) * upp;
        }
    }

    if over_map && scroll.delta.y != 0.0 {
        let steps = match scroll.unit {
            MouseScrollUnit::Line => scroll.delta.y,
            MouseScrollUnit::Pixel => scroll.delta.y / 40.0,
        };
        if let Some(c) = cursor {
            view.zoom_at(&viewport, c, 0.85f32.powf(steps));
        }
    }

    if typing {
        return;
    }
    let mut dir = Vec2::ZERO;
    if keys.any_pressed([KeyCode::KeyA, KeyCode::ArrowLeft]) {
        dir.x -= 1.0;
    }
    if keys.any_pressed([KeyCode::KeyD, KeyCode::ArrowRight]) {
        dir.x += 1.0;
    }
    if keys.any_pressed([KeyCode::KeyW, KeyCode::ArrowUp]) {
        dir.y += 1.0;
    }
    if keys.any_pressed([KeyCode::KeyS, KeyCode::ArrowDown]) {
        dir.y -= 1.0;
    }
    if dir != Vec2::ZERO {
        // Keys pan at a steady screen speed whatever the zoom.
        let speed = 600.0 * view.units_per_px * time.delta_secs().min(0.05);
        view.centre += dir.normalize() * speed;
    }
    let centre = viewport.centre();
    if keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]) {
        view.zoom_at(&viewport, centre, 0.8);
    }
    if keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]) {
        view.zoom_at(&viewport, centre, 1.25);
    }
    if keys.just_pressed(KeyCode::Home) {
        view.fit(&viewport);
    }
    // Keep some of the map in sight.
    view.centre = view.centre.clamp(-MAP_HALF * 1.2, MAP_HALF * 1.2);
}

/// Puts the Bevy camera where [`MapView`] says, offset so the map centres in the free area.
fn sync_camera(
    mut view: ResMut<MapView>,
    viewport: Res<MapViewport>,
    mut camera: Query<(&mut Transform, &mut Projection), With<MapCamera>>,
) {
    if view.fit_pending && viewport.measured {
        view.fit(&viewport);
    }
    let Ok((mut transform, mut projection)) = camera.single_mut() else {
        return;
    };
    let offset = viewport.centre() - viewport.window / 2.0;
    let translation = Vec3::new(
        view.centre.x - offset.x * view.units_per_px,
        view.centre.y + offset.y * view.units_per_px,
        0.0,
    );
    if transform.translation != translation {
        transform.translation = translation;
    }
    if let Projection::Orthographic(ortho) = projection.as_ref()
        && ortho.scale != view.units_per_px
        && let Projection::Orthographic(ortho) = projection.as_mut()
    {
        ortho.scale = view.units_per_px;
    }
}
