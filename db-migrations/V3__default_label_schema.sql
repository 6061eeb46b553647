-- The starting label schema; admins extend it from the UI. Plain INSERTs: portable, run once by Flyway.
INSERT INTO label (name, kind, colour, hotkey, description, sort_order) VALUES
  ('SOURCE', 'SOURCE', '#1f77b4', 's', 'Who is quoted or credited: a person, ministry, army, outlet or organisation.', 10),
  ('CLAIM',  'CLAIM',  '#d62728', 'c', 'What is asserted: a figure, a loss, a statement, an accusation or a threat.', 20),
  ('CUE',    'CUE',    '#2ca02c', 'q', 'The words that tie a claim to its source: "said", "told AFP", "according to".', 30);

INSERT INTO claim_type (code, name, description, sort_order) VALUES
  ('casualty_figure',       'Casualty figure',       'Numbers of dead, wounded or missing.', 10),
  ('military_loss',         'Military loss',         'Equipment or personnel lost: tanks, drones, aircraft, soldiers.', 20),
  ('diplomatic_statement',  'Diplomatic statement',  'A position, offer or request stated by a government or its envoy.', 30),
  ('accusation',            'Accusation',            'One party blames another for an act.', 40),
  ('threat',                'Threat',                'A warning of action to come.', 50),
  ('other',                 'Other',                 'Any other factual assertion.', 60);

INSERT INTO verdict (code, name, description, sort_order) VALUES
  ('unverified', 'Unverified', 'Not yet checked.', 10),
  ('supported',  'Supported',  'Independent evidence supports the claim.', 20),
  ('disputed',   'Disputed',   'Credible sources disagree.', 30),
  ('refuted',    'Refuted',    'Evidence contradicts the claim.', 40);
