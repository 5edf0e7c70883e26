// Placeholder entry point; replaced when this program is implemented.
return 0;
