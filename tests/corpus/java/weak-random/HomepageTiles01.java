package com.example.weakrandom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Homepage endpoint.
 */
@RestController
public class HomepageTiles01 {
    private static final List<String> TILES = List.of("news", "offers", "events", "blog", "support");

    /** Return homepage tiles in a varied order. */
    @GetMapping("/home/tiles")
    public String homepageTiles(HttpServletRequest request) throws Exception {
        List<String> tiles = new ArrayList<>(TILES);
        Collections.shuffle(tiles, new Random());
        return String.join(",", tiles);
    }
}
