package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Vulnerable: zip entry name joined to the destination and created without a check.
func unzip(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			// ruleid: go.path.traversal.archive-zip-slip
			os.MkdirAll(target, 0o755)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		// ruleid: go.path.traversal.archive-zip-slip
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, f.Mode())
		if err != nil {
			rc.Close()
			return err
		}
		_, err = io.Copy(out, rc)
		out.Close()
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// Vulnerable: tar header name and symlink target used as-is.
func untar(r io.Reader, dest string) error {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		path := dest + "/" + hdr.Name
		switch hdr.Typeflag {
		case tar.TypeSymlink:
			// ruleid: go.path.traversal.archive-zip-slip
			if err := os.Symlink(hdr.Linkname, path); err != nil {
				return err
			}
		case tar.TypeReg:
			// ruleid: go.path.traversal.archive-zip-slip
			f, err := os.Create(path)
			if err != nil {
				return err
			}
			io.Copy(f, tr)
			f.Close()
		}
	}
}

// Safe: the joined path is checked to stay inside dest.
func unzipChecked(r *zip.Reader, dest string) error {
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
			return fmt.Errorf("illegal file path: %s", f.Name)
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		// ok: go.path.traversal.archive-zip-slip
		out, err := os.Create(target)
		if err != nil {
			rc.Close()
			return err
		}
		io.Copy(out, rc)
		out.Close()
		rc.Close()
	}
	return nil
}

// Safe: filepath.IsLocal rejects absolute names and "..".
func untarLocal(tr *tar.Reader, dest string) error {
	for {
		hdr, err := tr.Next()
		if err != nil {
			return err
		}
		if !filepath.IsLocal(hdr.Name) {
			return fmt.Errorf("unsafe entry %q", hdr.Name)
		}
		// ok: go.path.traversal.archive-zip-slip
		if err := os.MkdirAll(filepath.Join(dest, filepath.Dir(hdr.Name)), 0o755); err != nil {
			return err
		}
	}
}

// Safe: entries flattened with filepath.Base; directory structure discarded.
func unzipFlat(r *zip.Reader, dest string) error {
	for _, f := range r.File {
		name := filepath.Base(f.Name)
		rc, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		// ok: go.path.traversal.archive-zip-slip
		if err := os.WriteFile(filepath.Join(dest, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	if err := unzip("in.zip", "out"); err != nil {
		fmt.Println(err)
	}
	f, _ := os.Open("in.tgz")
	_ = untar(f, "out")
	zr, _ := zip.OpenReader("in.zip")
	_ = unzipChecked(&zr.Reader, "out")
	_ = unzipFlat(&zr.Reader, "out")
	_ = untarLocal(tar.NewReader(f), "out")
}
