-- Parcours file format 5 (frozen once released: a change is a new format and an upgrade step).
CREATE TABLE asset (
	sha256 TEXT NOT NULL, 
	media_type TEXT NOT NULL, 
	width INTEGER NOT NULL, 
	height INTEGER NOT NULL, 
	created_at TEXT NOT NULL, 
	data BLOB NOT NULL, 
	thumbnail BLOB NOT NULL, 
	PRIMARY KEY (sha256), 
	CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'), 
	CHECK (media_type IN ('image/jpeg', 'image/png')), 
	CHECK (width BETWEEN 1 AND 20000 AND height BETWEEN 1 AND 20000), 
	CHECK (length(data) BETWEEN 1 AND 50000000 AND length(thumbnail) >= 1), 
	CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*')
)
 STRICT;

CREATE TABLE project (
	title TEXT NOT NULL, 
	author TEXT NOT NULL, 
	language TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (length(title) <= 500), 
	CHECK (length(author) <= 500), 
	CHECK (language IN ('en', 'fr')), 
	CHECK (length(notes) <= 20000), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*')
)
 STRICT;

CREATE TABLE evidence (
	position INTEGER NOT NULL, 
	kind TEXT NOT NULL, 
	text TEXT NOT NULL, 
	speaker TEXT NOT NULL, 
	source TEXT NOT NULL, 
	date TEXT NOT NULL, 
	url TEXT NOT NULL, 
	title TEXT NOT NULL, 
	asset_sha256 TEXT, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (kind IN ('photo', 'quote', 'link', 'note', 'insight')), 
	CHECK (length(text) <= 20000), 
	CHECK (length(speaker) <= 500), 
	CHECK (length(source) <= 500), 
	CHECK (date = '' OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), 
	CHECK (length(url) <= 2000), 
	CHECK (length(title) <= 500), 
	CHECK (kind <> 'photo' OR asset_sha256 IS NOT NULL), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (position BETWEEN 0 AND 100000), 
	FOREIGN KEY(asset_sha256) REFERENCES asset (sha256) ON DELETE RESTRICT
)
 STRICT;

CREATE TABLE persona (
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	role TEXT NOT NULL, 
	age INTEGER, 
	quote TEXT NOT NULL, 
	goals TEXT NOT NULL, 
	frustrations TEXT NOT NULL, 
	motivations TEXT NOT NULL, 
	channels TEXT NOT NULL, 
	photo_sha256 TEXT, 
	colour TEXT NOT NULL, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (length(name) <= 500), 
	CHECK (length(role) <= 500), 
	CHECK (age IS NULL OR age BETWEEN 0 AND 130), 
	CHECK (length(quote) <= 20000), 
	CHECK (length(goals) <= 20000), 
	CHECK (length(frustrations) <= 20000), 
	CHECK (length(motivations) <= 20000), 
	CHECK (length(channels) <= 20000), 
	CHECK ((colour = '' OR (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'))), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (position BETWEEN 0 AND 100000), 
	FOREIGN KEY(photo_sha256) REFERENCES asset (sha256) ON DELETE SET NULL
)
 STRICT;

CREATE TABLE journey (
	position INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	context TEXT NOT NULL, 
	goal TEXT NOT NULL, 
	state TEXT NOT NULL, 
	persona_id TEXT, 
	duplicated_from TEXT, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (length(title) <= 500), 
	CHECK (length(context) <= 20000), 
	CHECK (length(goal) <= 20000), 
	CHECK (state IN ('current', 'future')), 
	CHECK (duplicated_from IS NULL OR duplicated_from <> id), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (position BETWEEN 0 AND 100000), 
	FOREIGN KEY(persona_id) REFERENCES persona (id) ON DELETE SET NULL, 
	FOREIGN KEY(duplicated_from) REFERENCES journey (id) ON DELETE SET NULL
)
 STRICT;

CREATE TABLE lane (
	journey_id TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	kind TEXT NOT NULL, 
	title TEXT NOT NULL, 
	colour TEXT NOT NULL, 
	height INTEGER NOT NULL, 
	hidden INTEGER NOT NULL, 
	blueprint_role TEXT NOT NULL, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (kind IN ('text', 'touchpoints', 'emotion', 'pains_gains', 'opportunities', 'images', 'metrics')), 
	CHECK (length(title) <= 500), 
	CHECK ((colour = '' OR (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'))), 
	CHECK (height BETWEEN 1 AND 10), 
	CHECK (hidden IN (0, 1)), 
	CHECK (blueprint_role IN ('', 'evidence', 'customer', 'frontstage', 'backstage', 'support')), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (position BETWEEN 0 AND 100000), 
	FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE
)
 STRICT;

CREATE INDEX ix_lane_journey ON lane (journey_id, position);

CREATE TABLE stage (
	journey_id TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	description TEXT NOT NULL, 
	colour TEXT NOT NULL, 
	width INTEGER NOT NULL, 
	origin_stage_id TEXT, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (length(title) <= 500), 
	CHECK (length(description) <= 20000), 
	CHECK ((colour = '' OR (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'))), 
	CHECK (width BETWEEN 1 AND 8), 
	CHECK (origin_stage_id IS NULL OR origin_stage_id <> id), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (position BETWEEN 0 AND 100000), 
	FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, 
	FOREIGN KEY(origin_stage_id) REFERENCES stage (id) ON DELETE SET NULL
)
 STRICT;

CREATE INDEX ix_stage_journey ON stage (journey_id, position);

CREATE TABLE card (
	lane_id TEXT NOT NULL, 
	stage_id TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	body TEXT NOT NULL, 
	colour TEXT NOT NULL, 
	channel TEXT NOT NULL, 
	direct INTEGER NOT NULL, 
	physical INTEGER NOT NULL, 
	touchpoint_state TEXT NOT NULL, 
	owner TEXT NOT NULL, 
	sentiment TEXT NOT NULL, 
	moment_of_truth INTEGER NOT NULL, 
	impact INTEGER, 
	effort INTEGER, 
	status TEXT NOT NULL, 
	key_touchpoint INTEGER NOT NULL, 
	effort_kind TEXT NOT NULL, 
	magic_moment INTEGER NOT NULL, 
	due_date TEXT NOT NULL, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (length(title) <= 500), 
	CHECK (length(body) <= 20000), 
	CHECK ((colour = '' OR (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'))), 
	CHECK (channel IN ('', 'web', 'app', 'store', 'advisor', 'phone', 'sms', 'email', 'chat', 'social', 'press', 'reviews', 'mail', 'event', 'other')), 
	CHECK (direct IN (0, 1) AND physical IN (0, 1) AND moment_of_truth IN (0, 1)), 
	CHECK (touchpoint_state IN ('current', 'future')), 
	CHECK (length(owner) <= 500), 
	CHECK (sentiment IN ('neutral', 'pain', 'gain')), 
	CHECK (impact IS NULL OR impact BETWEEN 1 AND 5), 
	CHECK (effort IS NULL OR effort BETWEEN 1 AND 5), 
	CHECK (status IN ('', 'idea', 'planned', 'in_progress', 'done')), 
	CHECK (key_touchpoint IN (0, 1) AND magic_moment IN (0, 1)), 
	CHECK (effort_kind IN ('', 'cognitive', 'physical', 'financial', 'emotional', 'time')), 
	CHECK ((due_date = '' OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (position BETWEEN 0 AND 100000), 
	FOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, 
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE
)
 STRICT;

CREATE INDEX ix_card_cell ON card (lane_id, stage_id, position);

CREATE TABLE metric (
	stage_id TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	value_before REAL, 
	value_after REAL, 
	target REAL, 
	unit TEXT NOT NULL, 
	kind TEXT NOT NULL, 
	source TEXT NOT NULL, 
	measured_before TEXT NOT NULL, 
	measured_after TEXT NOT NULL, 
	inputs TEXT NOT NULL, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (length(name) <= 500), 
	CHECK (length(unit) <= 50), 
	CHECK (value_before IS NULL OR abs(value_before) < 1e12), 
	CHECK (value_after IS NULL OR abs(value_after) < 1e12), 
	CHECK (target IS NULL OR abs(target) < 1e12), 
	CHECK (kind IN ('custom', 'nps', 'csat', 'ces', 'conversion')), 
	CHECK (length(source) <= 500), 
	CHECK ((measured_before = '' OR measured_before GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')), 
	CHECK ((measured_after = '' OR measured_after GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')), 
	CHECK (inputs = '' OR (inputs GLOB '{*}' AND length(inputs) <= 4000)), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (position BETWEEN 0 AND 100000), 
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE
)
 STRICT;

CREATE INDEX ix_metric_stage ON metric (stage_id, position);

CREATE TABLE connection (
	from_card_id TEXT NOT NULL, 
	to_card_id TEXT NOT NULL, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (from_card_id <> to_card_id), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	FOREIGN KEY(from_card_id) REFERENCES card (id) ON DELETE CASCADE, 
	FOREIGN KEY(to_card_id) REFERENCES card (id) ON DELETE CASCADE
)
 STRICT;

CREATE UNIQUE INDEX ix_connection_ends ON connection (from_card_id, to_card_id);

CREATE INDEX ix_connection_to ON connection (to_card_id);

CREATE TABLE emotion_point (
	lane_id TEXT NOT NULL, 
	stage_id TEXT NOT NULL, 
	"offset" REAL NOT NULL, 
	value REAL NOT NULL, 
	label TEXT NOT NULL, 
	card_id TEXT, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK (offset BETWEEN 0.0 AND 1.0), 
	CHECK (value BETWEEN -5.0 AND 5.0), 
	CHECK (length(label) <= 500), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	FOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, 
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, 
	FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE SET NULL
)
 STRICT;

CREATE INDEX ix_emotion_lane ON emotion_point (lane_id, stage_id);

CREATE TABLE evidence_link (
	evidence_id TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	card_id TEXT, 
	emotion_point_id TEXT, 
	stage_id TEXT, 
	persona_id TEXT, 
	journey_id TEXT, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK ((card_id IS NOT NULL) + (emotion_point_id IS NOT NULL) + (stage_id IS NOT NULL) + (persona_id IS NOT NULL) + (journey_id IS NOT NULL) = 1), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (position BETWEEN 0 AND 100000), 
	FOREIGN KEY(evidence_id) REFERENCES evidence (id) ON DELETE CASCADE, 
	FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE, 
	FOREIGN KEY(emotion_point_id) REFERENCES emotion_point (id) ON DELETE CASCADE, 
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, 
	FOREIGN KEY(persona_id) REFERENCES persona (id) ON DELETE CASCADE, 
	FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE
)
 STRICT;

CREATE INDEX ix_link_card ON evidence_link (card_id);

CREATE INDEX ix_link_emotion_point ON evidence_link (emotion_point_id);

CREATE INDEX ix_link_evidence ON evidence_link (evidence_id);

CREATE INDEX ix_link_journey ON evidence_link (journey_id);

CREATE INDEX ix_link_persona ON evidence_link (persona_id);

CREATE INDEX ix_link_stage ON evidence_link (stage_id);

CREATE TABLE version (
	id TEXT NOT NULL, 
	seq INTEGER NOT NULL, 
	saved_at TEXT NOT NULL, 
	author TEXT NOT NULL, 
	label TEXT NOT NULL, 
	changes BLOB, 
	PRIMARY KEY (id), 
	CHECK (length(id) = 36), 
	CHECK (seq BETWEEN 0 AND 1000000), 
	CHECK (saved_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (length(author) <= 500 AND length(label) <= 500), 
	CHECK (changes IS NULL OR length(changes) BETWEEN 1 AND 50000000)
)
 STRICT;

CREATE TABLE version_parent (
	version_id TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	parent_id TEXT NOT NULL, 
	PRIMARY KEY (version_id, position), 
	CHECK (length(version_id) = 36 AND length(parent_id) = 36), 
	CHECK (position BETWEEN 0 AND 15)
)
 STRICT;

CREATE TABLE comment (
	parent_id TEXT, 
	card_id TEXT, 
	emotion_point_id TEXT, 
	stage_id TEXT, 
	lane_id TEXT, 
	persona_id TEXT, 
	journey_id TEXT, 
	author TEXT NOT NULL, 
	text TEXT NOT NULL, 
	resolved INTEGER NOT NULL, 
	id TEXT NOT NULL, 
	created_at TEXT NOT NULL, 
	updated_at TEXT NOT NULL, 
	PRIMARY KEY (id), 
	CHECK ((card_id IS NOT NULL) + (emotion_point_id IS NOT NULL) + (stage_id IS NOT NULL) + (lane_id IS NOT NULL) + (persona_id IS NOT NULL) + (journey_id IS NOT NULL) = 1), 
	CHECK (parent_id IS NULL OR parent_id <> id), 
	CHECK (length(author) <= 500), 
	CHECK (length(text) <= 5000), 
	CHECK (resolved IN (0, 1) AND (parent_id IS NULL OR resolved = 0)), 
	CHECK (length(id) = 36 AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'), 
	FOREIGN KEY(parent_id) REFERENCES comment (id) ON DELETE CASCADE, 
	FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE, 
	FOREIGN KEY(emotion_point_id) REFERENCES emotion_point (id) ON DELETE CASCADE, 
	FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, 
	FOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE, 
	FOREIGN KEY(persona_id) REFERENCES persona (id) ON DELETE CASCADE, 
	FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE
)
 STRICT;

CREATE INDEX ix_comment_card ON comment (card_id);

CREATE INDEX ix_comment_emotion_point ON comment (emotion_point_id);

CREATE INDEX ix_comment_journey ON comment (journey_id);

CREATE INDEX ix_comment_lane ON comment (lane_id);

CREATE INDEX ix_comment_parent ON comment (parent_id);

CREATE INDEX ix_comment_persona ON comment (persona_id);

CREATE INDEX ix_comment_stage ON comment (stage_id);
