"""The editor's analysis views: what the map answers (matrix, action plan, touchpoints,
comparison, statistics), each a tab beside the map that follows the document as it changes."""
