"""The pipeline stages: normalize, segment, entities, officials, quotes."""
