"""Text processing: normalization with its alignment to the source, half-spaces, segmentation."""
